import sys
from collections import Counter

text = sys.stdin.read()
counts = Counter(text.split())
print("".join(Counter("aab").elements()))
for word, n in counts.most_common(10):
    print(n, word)
