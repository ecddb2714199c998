import itertools

words = sorted(["apple", "fig", "kiwi", "pear", "banana", "plum"], key=len)
for size, group in itertools.groupby(words, key=len):
    print(size, list(group))
