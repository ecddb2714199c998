import configparser
import json
import os

cfg = configparser.ConfigParser()
cfg.read(os.path.join(os.path.expanduser("~"), ".config", "myapp", "settings.ini"))
print(json.dumps({s: dict(cfg[s]) for s in cfg.sections()}, indent=2))
