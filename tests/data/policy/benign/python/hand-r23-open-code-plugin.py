"""Hash a plugin file the way the import system reads it."""
import hashlib
import io
import sys

path = sys.argv[1] if len(sys.argv) > 1 else __file__
with io.open_code(path) as fh:
    print(hashlib.sha256(fh.read()).hexdigest())
