"""Report how large the editor configuration is."""
from pathlib import Path

init = Path.home() / ".emacs.d" / "init.el"
if init.exists():
    lines = init.read_text().splitlines()
    forms = sum(1 for line in lines if line.startswith("("))
    print(f"{len(lines)} lines, {forms} top-level forms")
else:
    print("no init file")
