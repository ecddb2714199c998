import base64
import uuid

ids = [uuid.uuid4().bytes for _ in range(3)]
for raw in ids:
    text = base64.b32hexencode(raw).decode().rstrip("=")
    back = base64.b32hexdecode(text + "=" * (-len(text) % 8))
    print(text, back == raw)
