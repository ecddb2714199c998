import collections
import re
import sys

TEXT = 'delta zeta sigma gamma sigma omega theta omega kappa zeta iota kappa beta lambda delta lambda omega sigma delta zeta beta sigma eta beta iota sigma eta iota delta alpha'
words = re.findall(r"[a-z']+", TEXT.lower())
counts = collections.Counter(words)
for w, c in counts.most_common(7):
    print(f"{w:12} {c}")
assert sum(counts.values()) == len(words)
