import collections
import re
import sys

TEXT = 'kappa lambda omega omega alpha gamma delta omega iota iota iota eta delta alpha omega delta omega theta sigma beta omega theta iota theta alpha theta kappa zeta zeta beta'
words = re.findall(r"[a-z']+", TEXT.lower())
counts = collections.Counter(words)
for w, c in counts.most_common(6):
    print(f"{w:12} {c}")
assert sum(counts.values()) == len(words)
