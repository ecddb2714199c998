#!/usr/bin/env python3
"""Profile the two ways of building a lookup table."""
import io
import profile
import pstats


def build_dict(n):
    return {i: str(i) for i in range(n)}


def build_list(n):
    return [str(i) for i in range(n)]


def main():
    prof = profile.Profile()
    prof.runctx("build_dict(20000); build_list(20000)", globals(), {})
    out = io.StringIO()
    pstats.Stats(prof, stream=out).sort_stats("tottime").print_stats(5)
    print(out.getvalue())


if __name__ == "__main__":
    main()
