"""Decode a z85 test vector."""
import base64

BLOB = b"HelloWorld"
print(base64.z85decode(BLOB))
