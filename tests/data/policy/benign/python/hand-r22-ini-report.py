"""Report the sections of an ini file."""
import configparser
import json
import sys

cfg = configparser.ConfigParser()
cfg.read(sys.argv[1])
print(json.dumps({s: dict(cfg[s]) for s in cfg.sections()}, indent=2))
