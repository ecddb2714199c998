"""Resolve the log directory from a settings template with interpolation."""
import configparser
import os

SETTINGS = """
[paths]
base = %(h)s
state = %(base)s/.local/state/myapp
logs = %(state)s/logs
"""


def main():
    cp = configparser.ConfigParser(defaults={"h": os.path.expanduser("~")})
    cp.read_string(SETTINGS)
    logs = cp["paths"]["logs"]
    os.makedirs(logs, exist_ok=True)
    with open(os.path.join(logs, "app.log"), "a") as fh:
        fh.write("started\n")
    print("logging to", logs)


if __name__ == "__main__":
    main()
