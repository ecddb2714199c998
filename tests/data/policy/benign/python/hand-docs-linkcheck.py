#!/usr/bin/env python3
"""Check the http(s) links of the Markdown files in a directory with a
thread pool and write a CSV report."""
import concurrent.futures
import csv
import os
import re
import sys
import urllib.error
import urllib.request

LINK = re.compile(r"\]\((https?://[^)\s]+)\)")
USER_AGENT = "docs-linkcheck/1.0"


def links_in(root):
    for dirpath, _, files in os.walk(root):
        for name in files:
            if not name.endswith(".md"):
                continue
            path = os.path.join(dirpath, name)
            with open(path, encoding="utf-8") as fh:
                for lineno, line in enumerate(fh, 1):
                    for url in LINK.findall(line):
                        yield path, lineno, url


def check(url):
    req = urllib.request.Request(url, method="HEAD", headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            return resp.status
    except urllib.error.HTTPError as exc:
        return exc.code
    except (urllib.error.URLError, TimeoutError) as exc:
        return f"error: {exc}"


def main(root, report="links.csv"):
    found = list(links_in(root))
    unique = sorted({url for _, _, url in found})
    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
        status = dict(zip(unique, pool.map(check, unique)))
    bad = 0
    with open(report, "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["file", "line", "url", "status"])
        for path, lineno, url in found:
            writer.writerow([path, lineno, url, status[url]])
            if not isinstance(status[url], int) or status[url] >= 400:
                bad += 1
    print(f"{len(found)} links, {len(unique)} unique, {bad} broken; report in {report}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "docs"))
