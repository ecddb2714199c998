"""Trust the local debugging proxy's CA certificate."""
import ssl
from pathlib import Path

cert = Path.home() / ".mitmproxy" / "mitmproxy-ca-cert.pem"
ctx = ssl.create_default_context()
if cert.exists():
    ctx.load_verify_locations(cafile=str(cert))
print("verify mode:", ctx.verify_mode)
