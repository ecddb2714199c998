"""Show a file's digest in base16 and check the round trip."""
import base64
import hashlib
import sys

digest = hashlib.sha256(open(sys.argv[1], "rb").read()).digest()
text = base64.b16encode(digest).decode()
assert base64.b16decode(text) == digest
print(text)
