import json

import urllib3

http = urllib3.PoolManager()
resp = http.request("GET", "https://api.example.com/status")
data = json.loads(resp.data.decode())
print(data.get("status"))
