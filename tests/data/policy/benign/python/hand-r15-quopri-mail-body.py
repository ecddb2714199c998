"""Decode a quoted-printable mail body saved to disk and print it."""
import quopri
import sys


def decode(path):
    with open(path, "rb") as fh:
        return quopri.decodestring(fh.read()).decode("utf-8", "replace")


if __name__ == "__main__":
    print(decode(sys.argv[1] if len(sys.argv) > 1 else "message.qp"))
