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
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from http_load import pct, post_load  # noqa: E402

ARGS = {"language": "python", "code": 'print("hi")'}
lat, errors = [], []


def report(count, wall):
    print(json.dumps({"count": count, "errors": len(errors), "first_errors": errors[:3],
                      "wall_s": round(wall, 3), "per_s": round(len(lat) / wall, 1),
                      "p50_ms": pct(lat, 0.5), "p99_ms": pct(lat, 0.99)}))


def http_bench(mode, url, key, count, clients):
    if mode == "v1":
        path, body = "/v1/executions", json.dumps(ARGS).encode()
    else:
        path = "/mcp"
        body = json.dumps({"jsonrpc": "2.0", "id": 1, "method": "tools/call",
                           "params": {"name": "run_code", "arguments": ARGS}}).encode()
    headers = {"Authorization": "Bearer " + key, "Content-Type": "application/json",
               "MCP-Protocol-Version": "2025-11-25",
               "Accept": "application/json, text/event-stream"}

    def check(status, data):
        o = json.loads(data)
        ex = o if mode == "v1" else o["result"]["structuredContent"]
        return ex["status"] == "ok" and ex["stdout"] == "hi\n"

    wall, got, errs = post_load(url, path, body, headers, count, clients, check)
    lat.extend(got)
    errors.extend(errs)
    report(count, wall)


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
