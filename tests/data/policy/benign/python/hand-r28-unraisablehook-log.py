import sys


def log_unraisable(u):
    print("unraisable:", type(u.exc_value).__name__, u.exc_value, file=sys.stderr)


sys.unraisablehook = log_unraisable


class Leaky:
    def __del__(self):
        raise ValueError("close failed")


x = Leaky()
del x
