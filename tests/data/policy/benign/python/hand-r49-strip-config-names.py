import os

raw = ["__name__", " path ", "_debug_"]
names = [r.strip("_ ") for r in raw]
print(names, getattr(os, "__sep__".strip("_")))
