import base64

payload = b"hello, world"
enc = base64.a85encode(payload)
dec = base64.a85decode(enc)
assert dec == payload
print(enc.decode(), dec.decode())
