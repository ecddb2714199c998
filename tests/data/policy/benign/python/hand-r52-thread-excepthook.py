import threading
import traceback

def on_error(args):
    traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback)

threading.excepthook = on_error

def worker():
    raise RuntimeError("boom")

t = threading.Thread(target=worker)
t.start()
t.join()
