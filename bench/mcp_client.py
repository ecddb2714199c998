#!/usr/bin/env python3
"""MCP run_code round trips, CLIENTS at a time, COUNT in all.

usage: mcp_client.py http URL KEY COUNT CLIENTS     POST /mcp tools/call
       mcp_client.py v1 URL KEY COUNT CLIENTS       POST /v1/executions (baseline)
       mcp_client.py stdio AIRLOCK COUNT CLIENTS [FLAG...]
                                                    `airlock mcp`, CLIENTS calls in
                                                    flight on its stdin
Prints one JSON object: count, errors, wall seconds, per_s, p50_ms, p99_ms.
The program is a Python hello; every answer is checked (status ok, stdout).
"""
import json
import os
import subprocess
import sys
import threading
import time
import http.client
from urllib.parse import urlparse

ARGS = {"language": "python", "code": 'print("hi")'}
lock = threading.Lock()
lat, errors = [], []


def pct(xs, p):
    xs = sorted(xs)
    return round(xs[min(len(xs) - 1, int(len(xs) * p))], 2) if xs else None


def report(count, wall):
    print(json.dumps({"count": count, "errors": len(errors), "first_errors": errors[:3],
                      "wall_s": round(wall, 3), "per_s": round(len(lat) / wall, 1),
                      "p50_ms": pct(lat, 0.5), "p99_ms": pct(lat, 0.99)}))


def http_bench(mode, url, key, count, clients):
    u = urlparse(url)
    if mode == "v1":
        path, body = "/v1/executions", json.dumps(ARGS).encode()
    else:
        path = "/mcp"
        body = json.dumps({"jsonrpc": "2.0", "id": 1, "method": "tools/call",
                           "params": {"name": "run_code", "arguments": ARGS}}).encode()
    headers = {"Authorization": "Bearer " + key, "Content-Type": "application/json",
               "MCP-Protocol-Version": "2025-11-25",
               "Accept": "application/json, text/event-stream"}
    left = [count]

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
                o = json.loads(r.read())
                dt = (time.monotonic() - t0) * 1000
                ex = o if mode == "v1" else o["result"]["structuredContent"]
                ok = ex["status"] == "ok" and ex["stdout"] == "hi\n"
                with lock:
                    (lat.append(dt) if ok else errors.append(str(o)[:200]))
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
    report(count, time.monotonic() - t0)


def stdio_bench(airlock, count, clients, flags):
    p = subprocess.Popen([airlock, "mcp", *flags], stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, env=dict(os.environ))

    def send(msg):
        p.stdin.write((json.dumps(msg) + "\n").encode())
        p.stdin.flush()

    def read():
        return json.loads(p.stdout.readline())

    send({"jsonrpc": "2.0", "id": 0, "method": "initialize",
          "params": {"protocolVersion": "2025-11-25", "capabilities": {},
                     "clientInfo": {"name": "bench", "version": "1"}}})
    read()
    send({"jsonrpc": "2.0", "method": "notifications/initialized"})
    started = {}
    sent = 0

    def call():
        nonlocal sent
        sent += 1
        started[sent] = time.monotonic()
        send({"jsonrpc": "2.0", "id": sent, "method": "tools/call",
              "params": {"name": "run_code", "arguments": ARGS}})

    t0 = time.monotonic()
    for _ in range(min(clients, count)):
        call()
    done = 0
    while done < count:
        m = read()
        if "id" not in m:
            continue
        done += 1
        lat_ms = (time.monotonic() - started.pop(m["id"])) * 1000
        ex = m.get("result", {}).get("structuredContent", {})
        if ex.get("status") == "ok" and ex.get("stdout") == "hi\n":
            lat.append(lat_ms)
        else:
            errors.append(str(m)[:200])
        if sent < count:
            call()
    wall = time.monotonic() - t0
    p.stdin.close()
    p.wait(timeout=60)
    report(count, wall)


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "stdio":
        stdio_bench(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5:])
    else:
        http_bench(mode, sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]))
