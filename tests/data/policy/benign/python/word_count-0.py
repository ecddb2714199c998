import collections
import re
import sys

TEXT = 'theta zeta omega iota beta eta kappa delta eta theta alpha lambda alpha iota theta beta sigma gamma alpha sigma delta zeta theta zeta zeta zeta eta kappa iota omega'
words = re.findall(r"[a-z']+", TEXT.lower())
counts = collections.Counter(words)
for w, c in counts.most_common(7):
    print(f"{w:12} {c}")
assert sum(counts.values()) == len(words)
