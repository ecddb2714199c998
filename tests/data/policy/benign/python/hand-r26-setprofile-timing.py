import sys
import time

calls = {}


def prof(frame, event, arg):
    if event == "call":
        calls[frame.f_code.co_name] = time.perf_counter()


sys.setprofile(prof)
sorted([3, 1, 2])
sys.setprofile(None)
print(len(calls))
