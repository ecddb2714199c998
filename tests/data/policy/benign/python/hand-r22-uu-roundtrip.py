"""Encode a small file with uuencoding for a legacy mail gateway."""
import binascii
import sys

data = open(sys.argv[1], "rb").read()
lines = [binascii.b2a_uu(data[i:i + 45]) for i in range(0, len(data), 45)]
sys.stdout.write(b"".join(lines).decode())
assert b"".join(binascii.a2b_uu(l) for l in lines) == data
