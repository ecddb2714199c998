import json
import os

# Prints which proxy variables are set (names only).
names = sorted(k for k in os.environ if k.lower().endswith("_proxy"))
print(json.dumps(names))
