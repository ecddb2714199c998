"""Write the project's tool settings."""
import configparser
from pathlib import Path

path = Path("setup.cfg")
cp = configparser.ConfigParser()
cp.read(path)
cp["tool:pytest"] = {"addopts": "-q"}
with open(path, "w") as fh:
    cp.write(fh)
