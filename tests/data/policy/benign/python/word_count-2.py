import collections
import re
import sys

TEXT = 'kappa alpha sigma alpha delta gamma eta omega theta omega eta beta lambda alpha eta theta beta omega alpha kappa theta kappa alpha zeta zeta zeta gamma beta gamma beta'
words = re.findall(r"[a-z']+", TEXT.lower())
counts = collections.Counter(words)
for w, c in counts.most_common(9):
    print(f"{w:12} {c}")
assert sum(counts.values()) == len(words)
