"""Ask the local API for its version."""
import http.client

conn = http.client.HTTPConnection("127.0.0.1", 8080, timeout=2)
conn.putrequest("GET", "/version")
conn.putheader("Accept", "application/json")
conn.endheaders()
print(conn.getresponse().read().decode())
