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
import os
import statistics
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from http_load import pct, post_load  # noqa: E402

url, key, count, clients, rounds = sys.argv[1:6]
count, clients, rounds = int(count), int(clients), int(rounds)
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
    s, lat, errors = post_load(url, path, body, headers, count, clients,
                               lambda st, data: st == want and stdout(json.loads(data)) == "hi\n")
    return len(lat) / s, lat, errors


res = {a: {"rates": [], "lat": [], "errors": []} for a in APIS}
for i in range(rounds):
    for api in (["v1", "piston"] if i % 2 == 0 else ["piston", "v1"]):
        rate, lat, errors = one_round(api)
        res[api]["rates"].append(rate)
        res[api]["lat"] += lat
        res[api]["errors"] += errors
out = {}
for api, r in res.items():
    out[api] = {"per_s": round(statistics.median(r["rates"]), 1), "p50_ms": pct(r["lat"], 0.5),
                "p99_ms": pct(r["lat"], 0.99), "errors": len(r["errors"]), "first_errors": r["errors"][:2]}
print(json.dumps(out))
