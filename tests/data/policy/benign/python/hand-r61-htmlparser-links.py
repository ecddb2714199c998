#!/usr/bin/env python3
"""Check the links of a local HTML page."""
import sys
import urllib.request
from html.parser import HTMLParser


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.found = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            href = dict(attrs).get("href")
            if href and href.startswith("http"):
                self.found.append(href)


def main():
    parser = Links()
    with open(sys.argv[1], encoding="utf-8") as fh:
        parser.feed(fh.read())
    for url in parser.found:
        try:
            with urllib.request.urlopen(url, timeout=5) as resp:
                print(resp.status, url)
        except OSError as exc:
            print("ERR", url, exc)


if __name__ == "__main__":
    main()
