def task_dedupe(xs):
    seen = set()
    return [x for x in xs if not (x in seen or seen.add(x))]

assert task_dedupe([5, 6, 1, 8, 7, 6, 3, 5, 1, 0, 9]) == [5, 6, 1, 8, 7, 3, 0, 9]
assert task_dedupe([5, 7, 2, 3, 7, 2, 6, 8]) == [5, 7, 2, 3, 6, 8]
assert task_dedupe([4, 3, 2, 6, 2, 9, 4, 0, 3, 4, 0]) == [4, 3, 2, 6, 9, 0]
print("py012_dedupe ok")
