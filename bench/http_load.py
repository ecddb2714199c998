"""One HTTP load driver for the service benchmarks (imported by
bench/piston_client.py, bench/mcp_client.py and bench/judge0.sh).

post_load(url, path, body, headers, count, clients, check) sends COUNT POSTs
of body (bytes) to path, CLIENTS keep-alive connections at a time, and
returns (seconds, latencies_ms, errors): a request counts when check(status,
body_bytes) is true, and is an error (its text kept) otherwise.
"""
import http.client
import threading
import time
from urllib.parse import urlparse


def post_load(url, path, body, headers, count, clients, check):
    u = urlparse(url)
    lock = threading.Lock()
    left, lat, errors = [count], [], []

    def connect():
        return http.client.HTTPConnection(u.hostname, u.port, timeout=120)

    def worker():
        conn = connect()
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
                ok = check(r.status, data)
                with lock:
                    (lat.append(dt) if ok else errors.append("%d %s" % (r.status, data[:200])))
            except Exception as e:  # a broken connection is an error, not the end
                with lock:
                    errors.append(repr(e))
                conn = connect()

    t0 = time.monotonic()
    ts = [threading.Thread(target=worker) for _ in range(clients)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return time.monotonic() - t0, lat, errors


def pct(xs, p):
    """The p-th quantile of xs (0..1), rounded to 0.01; None when empty."""
    xs = sorted(xs)
    return round(xs[min(len(xs) - 1, int(len(xs) * p))], 2) if xs else None
