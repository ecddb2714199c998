"""Set the Mercurial user name for this checkout."""
from pathlib import Path

cfg = Path(".hg") / "hgrc"
cfg.parent.mkdir(exist_ok=True)
with cfg.open("a") as fh:
    fh.write("\n[ui]\nusername = Build Bot <build@example.net>\n")
