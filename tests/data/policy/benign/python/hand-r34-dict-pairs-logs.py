"""Clear the logs named in the layout table."""
import shutil
from pathlib import Path

layout = dict([("logs", "/tmp/app-logs"), ("data", Path.home() / "data")])
shutil.rmtree(layout["logs"], ignore_errors=True)
print("logs cleared")
