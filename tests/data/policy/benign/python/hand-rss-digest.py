"""Fetch a few RSS feeds and write a Markdown digest of today's items."""
import argparse
import datetime as dt
import email.utils
import sys
import urllib.request
import xml.etree.ElementTree as ET

DEFAULT_FEEDS = [
    "https://blog.python.org/feeds/posts/default?alt=rss",
    "https://lwn.net/headlines/rss",
]


def fetch(url, timeout=15):
    req = urllib.request.Request(url, headers={"User-Agent": "digest/1.0"})
    with urllib.request.urlopen(req, timeout=timeout) as resp:
        return resp.read()


def parse_items(xml_bytes):
    root = ET.fromstring(xml_bytes)
    for item in root.iter("item"):
        title = (item.findtext("title") or "").strip()
        link = (item.findtext("link") or "").strip()
        date = item.findtext("pubDate")
        when = email.utils.parsedate_to_datetime(date) if date else None
        yield title, link, when


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("feeds", nargs="*", default=DEFAULT_FEEDS)
    ap.add_argument("--days", type=int, default=1)
    ap.add_argument("-o", "--output", default="digest.md")
    args = ap.parse_args()

    since = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=args.days)
    lines = [f"# Digest {dt.date.today().isoformat()}", ""]
    for url in args.feeds:
        try:
            items = list(parse_items(fetch(url)))
        except Exception as exc:  # network or XML problems: report and go on
            print(f"{url}: {exc}", file=sys.stderr)
            continue
        recent = [i for i in items if i[2] is None or i[2] >= since]
        lines.append(f"## {url}")
        lines.extend(f"- [{t}]({link})" for t, link, _ in recent)
        lines.append("")
    with open(args.output, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))
    print(f"wrote {args.output}")


if __name__ == "__main__":
    main()
