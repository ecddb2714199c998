#!/usr/bin/env python3
"""The same load on /v1/executions and on Piston's /piston/api/v2/execute.

usage: piston_client.py URL KEY COUNT CLIENTS ROUNDS
Runs ROUNDS rounds; in each, COUNT Python hellos through each API with
CLIENTS concurrent clients (the order alternating between rounds, so that
neither API always runs on a warmer server). Prints one JSON object per API:
executions/s (the median of the rounds), p50 and p99 latency in ms (over
every round), errors.
"""
import json
import statistics
import sys
import threading
import time
import http.client
from urllib.parse import urlparse

url, key, count, clients, rounds = sys.argv[1:6]
count, clients, rounds = int(count), int(clients), int(rounds)
u = urlparse(url)
CODE = 'print("hi")'
APIS = {
    "v1": ("/v1/executions", json.dumps({"language": "python", "code": CODE}).encode(), 201,
           {"Authorization": "Bearer " + key, "Content-Type": "application/json"},
           lambda o: o["stdout"]),
    "piston": ("/piston/api/v2/execute",
               json.dumps({"language": "python", "version": "*", "files": [{"content": CODE}]}).encode(),
               200, {"Authorization": "Bearer " + key, "Content-Type": "application/json"},
               lambda o: o["run"]["stdout"]),
}


def one_round(api):
    path, body, want, headers, stdout = APIS[api]
    lock = threading.Lock()
    left = [count]
    lat, errors = [], []

    def worker():
        conn = http.client.HTTPConnection(u.hostname, u.port, timeout=120)
        while True:
            with lock:
                if left[0] == 0:
                    return
                left[0] -= 1
            t0 = time.monotonic()
            try:
                conn.request("POST", path, body, headers)
                r = conn.getresponse()
                data = r.read()
                dt = (time.monotonic() - t0) * 1000
                ok = r.status == want and stdout(json.loads(data)) == "hi\n"
                with lock:
                    (lat.append(dt) if ok else errors.append("%d %s" % (r.status, data[:200])))
            except Exception as e:
                with lock:
                    errors.append(repr(e))
                conn = http.client.HTTPConnection(u.hostname, u.port, timeout=120)

    t0 = time.monotonic()
    ts = [threading.Thread(target=worker) for _ in range(clients)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return len(lat) / (time.monotonic() - t0), lat, errors


res = {a: {"rates": [], "lat": [], "errors": []} for a in APIS}
for i in range(rounds):
    for api in (["v1", "piston"] if i % 2 == 0 else ["piston", "v1"]):
        rate, lat, errors = one_round(api)
        res[api]["rates"].append(rate)
        res[api]["lat"] += lat
        res[api]["errors"] += errors
out = {}
for api, r in res.items():
    lat = sorted(r["lat"])
    pct = lambda p: round(lat[min(len(lat) - 1, int(len(lat) * p))], 2) if lat else None
    out[api] = {"per_s": round(statistics.median(r["rates"]), 1), "p50_ms": pct(0.5),
                "p99_ms": pct(0.99), "errors": len(r["errors"]), "first_errors": r["errors"][:2]}
print(json.dumps(out))
