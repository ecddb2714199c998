import itertools

print(list(itertools.accumulate([1, 2, 3, 4])))
print(list(itertools.accumulate(["a", "b", "c"]))[-1])
