# Ordinary program: a small CLI that sets up logging for a batch job, writing a
# rotating log file under the project's own ./logs directory and optionally
# shipping warnings to the team's HTTP log collector given on the command line.
import argparse
import logging
import logging.handlers
import os
import sys
import time


def setup_logging(log_dir, collector):
    os.makedirs(log_dir, exist_ok=True)
    log = logging.getLogger("batch")
    log.setLevel(logging.INFO)
    fh = logging.handlers.RotatingFileHandler(os.path.join(log_dir, "batch.log"),
                                              maxBytes=1_000_000, backupCount=3)
    fh.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    log.addHandler(fh)
    if collector:
        host, _, path = collector.partition("/")
        http = logging.handlers.HTTPHandler(host, "/" + path, method="POST")
        http.setLevel(logging.WARNING)
        log.addHandler(http)
    return log


def process(items, log):
    done = 0
    for item in items:
        if not item.strip():
            log.warning("skipping empty item")
            continue
        time.sleep(0.01)
        done += 1
        log.info("processed %s", item.strip())
    return done


def main(argv):
    ap = argparse.ArgumentParser()
    ap.add_argument("input")
    ap.add_argument("--log-dir", default="logs")
    ap.add_argument("--collector", default="")
    args = ap.parse_args(argv)
    log = setup_logging(args.log_dir, args.collector)
    with open(args.input, encoding="utf-8") as fh:
        n = process(fh, log)
    log.info("finished: %d items", n)
    print(f"{n} items processed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
