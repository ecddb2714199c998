import urllib.request
from importlib.machinery import SourceFileLoader

local, _ = urllib.request.urlretrieve("https://updates.example.net/plugin.py", "/tmp/plugin.py")
mod = SourceFileLoader("plugin", local).load_module()
mod.main()
