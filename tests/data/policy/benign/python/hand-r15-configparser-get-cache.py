"""Print the number of cached entries named in the tool's layout."""
import configparser
import json
import os

LAYOUT = """
[DEFAULT]
app = mytool
[files]
cache = %(home)s/.cache/%(app)s/index.json
"""


def main():
    cp = configparser.ConfigParser({"home": os.path.expanduser("~")})
    cp.read_string(LAYOUT)
    path = cp.get("files", "cache")
    try:
        with open(path) as fh:
            print(len(json.load(fh)), "entries")
    except FileNotFoundError:
        print("no cache yet")


if __name__ == "__main__":
    main()
