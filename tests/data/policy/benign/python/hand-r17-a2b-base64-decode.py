import binascii

print(binascii.a2b_base64(b"aGVsbG8gd29ybGQ=").decode())
