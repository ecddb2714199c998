"""Write a project .envrc with the virtualenv layout."""
from pathlib import Path

rc = Path.cwd() / ".envrc"
with rc.open("w") as fh:
    fh.write("layout python3\n")
print("wrote", rc)
