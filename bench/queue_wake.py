"""Queue-to-start latency across nodes (bench/store.sh): node A's only
worker is kept busy, so what A accepts is claimed by node B's idle worker.
For each sample: a bash `true` submitted to A (wait: false), then B's view
of its row read every 2 ms until it is no longer queued; the time from A's
202 to then. Samples are spaced by a random pause, so that they fall
anywhere in a poll's period. Prints one JSON object."""
import json
import random
import sys
import time
import urllib.request

url_a, url_b, key, samples = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
auth = {"Authorization": "Bearer " + key, "Content-Type": "application/json"}


def call(method, url, body=None):
    req = urllib.request.Request(url, method=method, headers=auth,
                                 data=json.dumps(body).encode() if body is not None else None)
    with urllib.request.urlopen(req, timeout=30) as r:
        return json.loads(r.read())


def status(url, ident):
    return call("GET", "%s/v1/executions/%s" % (url, ident))["status"]


busy = call("POST", url_a + "/v1/executions",
            {"language": "bash", "code": "sleep 600", "wait": False})["id"]
while status(url_a, busy) != "running":
    time.sleep(0.02)
random.seed(1)
ms = []
for _ in range(samples):
    time.sleep(random.uniform(0, 0.3))
    ident = call("POST", url_a + "/v1/executions",
                 {"language": "bash", "code": "true", "wait": False})["id"]
    t0 = time.monotonic()
    while status(url_b, ident) == "queued":
        time.sleep(0.002)
    ms.append((time.monotonic() - t0) * 1000)
    while status(url_b, ident) in ("queued", "running"):
        time.sleep(0.01)
try:
    call("DELETE", "%s/v1/executions/%s" % (url_a, busy))
except Exception:
    pass
ms.sort()
print(json.dumps({"samples": len(ms), "median_ms": ms[len(ms) // 2],
                  "p90_ms": ms[int(len(ms) * 0.9)], "mean_ms": sum(ms) / len(ms)}))
