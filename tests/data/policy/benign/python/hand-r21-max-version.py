"""Pick the newest release directory."""
import os

candidates = ["releases/1.2", "releases/1.10", "releases/1.9"]
chosen = max(candidates, key=lambda p: tuple(int(x) for x in p.split("/")[1].split(".")))
print("newest:", chosen, os.path.isdir(chosen))
