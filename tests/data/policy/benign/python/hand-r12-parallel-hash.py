# Ordinary program: hashes every file under a directory with a pool of worker
# threads fed through a queue.Queue, and writes a SHA256SUMS manifest.
import hashlib
import os
import queue
import sys
import threading

STOP = None


def walker(root, q, workers):
    for dirpath, _, files in os.walk(root):
        for name in files:
            q.put(os.path.join(dirpath, name))
    for _ in range(workers):
        q.put(STOP)


def hasher(q, results, lock):
    while True:
        path = q.get()
        if path is STOP:
            return
        h = hashlib.sha256()
        with open(path, "rb") as fh:
            for block in iter(lambda: fh.read(65536), b""):
                h.update(block)
        with lock:
            results[path] = h.hexdigest()


def main(argv):
    root = argv[0] if argv else "."
    workers = 4
    q = queue.Queue(maxsize=256)
    results, lock = {}, threading.Lock()
    threads = [threading.Thread(target=hasher, args=(q, results, lock)) for _ in range(workers)]
    for t in threads:
        t.start()
    walker(root, q, workers)
    for t in threads:
        t.join()
    with open("SHA256SUMS", "w", encoding="utf-8") as out:
        for path in sorted(results):
            out.write(f"{results[path]}  {os.path.relpath(path, root)}\n")
    print(f"{len(results)} files hashed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
