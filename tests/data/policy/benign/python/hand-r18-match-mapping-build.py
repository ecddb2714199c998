"""Apply a maintenance request described as a mapping."""
import subprocess

request = {"op": "purge", "path": "build/out"}

match request:
    case {"op": "purge", "path": str(where)}:
        subprocess.run(["rm", "-rf", "--", where], check=False)
    case {"op": "report"}:
        print("nothing to do")
