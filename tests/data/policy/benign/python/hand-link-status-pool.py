#!/usr/bin/env python3
"""Check a list of URLs concurrently (HEAD, falling back to GET) and write a
CSV with status codes and latency."""
import csv
import sys
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor, as_completed

UA = "link-status/1.0 (+https://example.org/bot)"


def probe(url, timeout=10.0):
    start = time.perf_counter()
    for method in ("HEAD", "GET"):
        req = urllib.request.Request(url, method=method, headers={"User-Agent": UA})
        try:
            with urllib.request.urlopen(req, timeout=timeout) as resp:
                return url, resp.status, time.perf_counter() - start, ""
        except urllib.error.HTTPError as exc:
            if exc.code == 405 and method == "HEAD":
                continue
            return url, exc.code, time.perf_counter() - start, exc.reason
        except (urllib.error.URLError, TimeoutError) as exc:
            return url, 0, time.perf_counter() - start, str(exc)
    return url, 0, time.perf_counter() - start, "no method worked"


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else "urls.txt"
    dst = sys.argv[2] if len(sys.argv) > 2 else "status.csv"
    with open(src, encoding="utf-8") as fh:
        urls = [u.strip() for u in fh if u.strip() and not u.startswith("#")]
    results = []
    with ThreadPoolExecutor(max_workers=8) as pool:
        futures = [pool.submit(probe, u) for u in urls]
        for fut in as_completed(futures):
            results.append(fut.result())
    results.sort(key=lambda r: (r[1] != 200, r[0]))
    with open(dst, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["url", "status", "seconds", "error"])
        for url, status, secs, err in results:
            w.writerow([url, status, f"{secs:.3f}", err])
    bad = sum(1 for r in results if r[1] != 200)
    print(f"{len(results)} checked, {bad} not OK -> {dst}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
