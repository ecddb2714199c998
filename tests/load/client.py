#!/usr/bin/env python3
"""Drives `airlock serve` on 127.0.0.1 with N concurrent clients.

usage: client.py URL[,URL...] KEY COUNT CLIENTS LANG CODE [TIME_CAP_S]
With several URLs (nodes of one service), the requests go to them in turn.
Prints one JSON object: sent (requests made: fewer than COUNT when
TIME_CAP_S ran out first), count (accepted), errors, statuses, ids
(unique), wall seconds, executions/s and latency percentiles in ms.
"""
import json
import sys
import threading
import time
import http.client
from urllib.parse import urlparse

url, key, count, clients, lang, code = sys.argv[1:7]
count, clients = int(count), int(clients)
cap = float(sys.argv[7]) if len(sys.argv) > 7 else 600.0
urls = [urlparse(x) for x in url.split(",")]
body = json.dumps({"language": lang, "code": code}).encode()
headers = {"Authorization": "Bearer " + key, "Content-Type": "application/json"}
lock = threading.Lock()
next_i = [0]
lat, ids, statuses, errors = [], [], {}, []
deadline = time.monotonic() + cap


def worker():
    conns = {}
    while True:
        with lock:
            if next_i[0] >= count or time.monotonic() > deadline:
                return
            u = urls[next_i[0] % len(urls)]
            next_i[0] += 1
        if u not in conns:
            conns[u] = http.client.HTTPConnection(u.hostname, u.port, timeout=120)
        conn = conns[u]
        t0 = time.monotonic()
        try:
            conn.request("POST", "/v1/executions", body, headers)
            r = conn.getresponse()
            data = r.read()
            dt = (time.monotonic() - t0) * 1000
            with lock:
                if r.status != 201:
                    errors.append("%d %s" % (r.status, data[:200]))
                    continue
                o = json.loads(data)
                lat.append(dt)
                ids.append(o["id"])
                statuses[o["status"]] = statuses.get(o["status"], 0) + 1
        except Exception as e:  # a dropped connection counts as an error
            with lock:
                errors.append(repr(e))
            conns.pop(u, None)


t0 = time.monotonic()
ts = [threading.Thread(target=worker) for _ in range(clients)]
for t in ts:
    t.start()
for t in ts:
    t.join()
wall = time.monotonic() - t0
lat.sort()


def pct(p):
    return round(lat[min(len(lat) - 1, int(len(lat) * p))], 1) if lat else None


print(json.dumps({
    "sent": next_i[0], "count": len(ids), "unique_ids": len(set(ids)), "errors": len(errors),
    "first_errors": errors[:3], "statuses": statuses, "wall_s": round(wall, 2),
    "per_s": round(len(ids) / wall, 1) if wall > 0 else 0,
    "p50_ms": pct(0.50), "p99_ms": pct(0.99), "ids": ids if "--ids" in sys.argv else None,
}))
