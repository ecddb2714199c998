"""Read list-valued settings with a converter."""
import configparser

cp = configparser.ConfigParser(converters={"list": lambda v: [p.strip() for p in v.split(",")]})
cp.read_string("[build]\ntargets = lib, cli, docs\n")
print(cp.getlist("build", "targets"))
