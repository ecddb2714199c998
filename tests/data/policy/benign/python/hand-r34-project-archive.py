"""Archive the build output for the release page."""
import shutil
from pathlib import Path

out = Path("dist")
out.mkdir(exist_ok=True)
archive = shutil.make_archive(str(out / "site"), "gztar", root_dir="build/site")
print("archived", archive)
