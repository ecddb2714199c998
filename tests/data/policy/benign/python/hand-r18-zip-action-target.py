"""Run the report plan: each action paired with its argument."""
import shutil
from pathlib import Path

actions = [print, shutil.rmtree]
targets = ["cleanup starting", Path("build") / "tmp"]
for act, tgt in zip(actions, targets):
    if act is shutil.rmtree and not Path(tgt).exists():
        continue
    act(tgt)
