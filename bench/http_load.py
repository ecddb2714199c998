"""One HTTP load driver for the service benchmarks (imported by
bench/piston_client.py, bench/mcp_client.py, bench/judge0.sh and
bench/evalset.py).

post_load(url, path, body, headers, count, clients, check) sends COUNT POSTs
of body (bytes) to path, CLIENTS keep-alive connections at a time, and
returns (seconds, latencies_ms, errors): a request counts when check(status,
body_bytes) is true, and is an error (its text kept) otherwise.

post_each(url, path, bodies, headers, clients) sends each of a list of
bodies once (bench/evalset.py) and returns every answer in the list's order.
"""
import http.client
import threading
import time
from urllib.parse import urlparse


def post_load(url, path, body, headers, count, clients, check):
    s, results = post_each(url, path, [body] * count, headers, clients)
    lat, errors = [], []
    for dt, status, data in results:
        if status is None:
            errors.append(data)
            continue
        try:
            ok = check(status, data)
        except Exception as e:  # an answer check() cannot read is an error too
            ok, data = False, repr(e).encode()
        (lat.append(dt) if ok else errors.append("%d %s" % (status, data[:200])))
    return s, lat, errors


def post_each(url, path, bodies, headers, clients):
    """POSTs each of bodies once, CLIENTS keep-alive connections at a time;
    returns (seconds, results), results[i] = (latency_ms, status, body_bytes)
    for bodies[i], or (None, None, error_text) when the connection broke."""
    u = urlparse(url)
    lock = threading.Lock()
    todo = iter(range(len(bodies)))
    results = [None] * len(bodies)

    def connect():
        return http.client.HTTPConnection(u.hostname, u.port, timeout=120)

    def worker():
        conn = connect()
        while True:
            with lock:
                i = next(todo, None)
            if i is None:
                return
            t0 = time.monotonic()
            try:
                conn.request("POST", path, bodies[i], headers)
                r = conn.getresponse()
                data = r.read()
                results[i] = ((time.monotonic() - t0) * 1000, r.status, data)
            except Exception as e:  # a broken connection is an error, not the end
                results[i] = (None, None, repr(e))
                conn = connect()

    t0 = time.monotonic()
    ts = [threading.Thread(target=worker) for _ in range(clients)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return time.monotonic() - t0, results


def pct(xs, p):
    """The p-th quantile of xs (0..1), rounded to 0.01; None when empty.
    Linear between the two nearest ranks (numpy's default): with few values
    the rank int(n * p) made p50 the larger of two values and p50 and p90
    the same value (n = 2), or the maximum for both (n = 1 aside)."""
    if not xs:
        return None
    xs = sorted(xs)
    at = (len(xs) - 1) * p
    lo = int(at)
    hi = min(lo + 1, len(xs) - 1)
    return round(xs[lo] + (xs[hi] - xs[lo]) * (at - lo), 2)
