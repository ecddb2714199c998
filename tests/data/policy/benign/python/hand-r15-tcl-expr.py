"""Evaluate arithmetic with the embedded Tcl interpreter."""
import sys
import tkinter


def evaluate(expr):
    interp = tkinter.Tcl()
    return interp.call("expr", expr)


if __name__ == "__main__":
    print(evaluate(sys.argv[1] if len(sys.argv) > 1 else "2 + 3 * 4"))
