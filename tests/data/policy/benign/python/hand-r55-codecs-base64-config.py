import codecs
import json

# Decodes an embedded base64 default configuration.
raw = codecs.decode(b"eyJkZWJ1ZyI6IGZhbHNlfQ==\n", "base64").decode()
print(json.loads(raw))
