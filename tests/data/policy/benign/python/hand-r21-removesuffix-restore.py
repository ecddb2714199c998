"""Restore backup copies in the current directory."""
import os

for name in os.listdir("."):
    if name.endswith(".bak"):
        target = name.removeprefix("tmp-").removesuffix(".bak")
        os.replace(name, target)
        print("restored", target)
