"""Fetch a status page through the corporate proxy."""
import http.client

conn = http.client.HTTPSConnection("proxy.example.net", 3128, timeout=5)
conn.set_tunnel("status.example.net", 443, headers={"User-Agent": "status-check/1.0"})
try:
    conn.request("GET", "/")
    print(conn.getresponse().status)
except OSError as exc:
    print("unreachable:", exc)
