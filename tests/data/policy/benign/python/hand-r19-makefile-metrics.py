"""Report a few metrics to the local collector."""
import json
import os
import socket

conn = socket.create_connection(("127.0.0.1", 7070))
out = conn.makefile("w")
json.dump({"pid": os.getpid(), "cpus": os.cpu_count()}, out)
out.flush()
