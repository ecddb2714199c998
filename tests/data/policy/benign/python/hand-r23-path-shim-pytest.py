"""Put a small test wrapper first on PATH for the session."""
import os
import tempfile

bin_dir = tempfile.mkdtemp()
wrapper = os.path.join(bin_dir, "runtests")
with open(wrapper, "w") as fh:
    fh.write('#!/bin/sh\nexec python3 -m pytest -q "$@"\n')
os.chmod(wrapper, 0o755)
os.environ["PATH"] = bin_dir + os.pathsep + os.environ["PATH"]
print("wrapper ready:", wrapper)
