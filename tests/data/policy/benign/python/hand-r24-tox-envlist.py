"""Print the test environments tox would run."""
import configparser
import os

cfg = configparser.ConfigParser()
cfg.read(os.path.join(os.getcwd(), "tox.ini"))
envs = cfg.get("tox", "envlist", fallback="py3")
for name in (e.strip() for e in envs.replace("\n", ",").split(",")):
    if name:
        print(name)
