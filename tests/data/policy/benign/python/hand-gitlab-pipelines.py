#!/usr/bin/env python3
"""List the latest pipelines of a GitLab project and their status.

Configuration comes from the environment:
  GITLAB_URL (default https://gitlab.com), GITLAB_TOKEN, GITLAB_PROJECT.
"""
import argparse
import json
import logging
import os
import sys
import urllib.parse
import urllib.request

log = logging.getLogger("pipelines")


def api_get(base, token, path, params=None):
    url = f"{base.rstrip('/')}/api/v4/{path}"
    if params:
        url += "?" + urllib.parse.urlencode(params)
    req = urllib.request.Request(url, headers={"PRIVATE-TOKEN": token, "Accept": "application/json"})
    log.debug("GET %s", url)
    with urllib.request.urlopen(req, timeout=20) as resp:
        return json.load(resp)


def summarize(pipelines):
    counts = {}
    for p in pipelines:
        counts[p["status"]] = counts.get(p["status"], 0) + 1
    return counts


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ref", default="main")
    parser.add_argument("--limit", type=int, default=10)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO, format="%(levelname)s %(message)s")

    token = os.environ.get("GITLAB_TOKEN")
    project = os.environ.get("GITLAB_PROJECT")
    base = os.environ.get("GITLAB_URL", "https://gitlab.com")
    if not token or not project:
        log.error("GITLAB_TOKEN and GITLAB_PROJECT must be set")
        return 2

    pid = urllib.parse.quote(project, safe="")
    pipelines = api_get(base, token, f"projects/{pid}/pipelines", {"ref": args.ref, "per_page": args.limit})
    for p in pipelines:
        print(f"#{p['id']:>8}  {p['status']:<10} {p['sha'][:8]}  {p.get('web_url', '')}")
    counts = summarize(pipelines)
    print("summary:", ", ".join(f"{k}={v}" for k, v in sorted(counts.items())))
    return 1 if counts.get("failed") else 0


if __name__ == "__main__":
    sys.exit(main())
