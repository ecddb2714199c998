# evasion: an extension module loaded from a path
# grade: hard; does: native
import importlib.machinery, importlib.util
loader = importlib.machinery.ExtensionFileLoader("m", "/tmp/m.so")
spec = importlib.util.spec_from_loader("m", loader)
importlib.util.module_from_spec(spec)
