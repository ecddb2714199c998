def task_dedupe(xs):
    seen = set()
    return [x for x in xs if not (x in seen or seen.add(x))]

assert task_dedupe([5, 9, 8, 7, 4, 4, 1, 9, 3, 9, 9, 1, 6, 7, 5]) == [5, 9, 8, 7, 4, 1, 3, 6]
assert task_dedupe([2, 6, 2, 7, 7, 7, 2, 5, 8, 5, 5, 0, 7, 3, 6, 5, 1, 1, 8, 3, 8, 0, 6, 5, 3]) == [2, 6, 7, 5, 8, 0, 3, 1]
assert task_dedupe([4, 3, 2, 8, 8, 9, 0, 1, 2, 1, 6, 5, 9, 6, 6, 6, 8, 2, 9, 8, 8]) == [4, 3, 2, 8, 9, 0, 1, 6, 5]
assert task_dedupe([8, 9]) == [8, 9]
assert task_dedupe([3, 7, 6, 0, 7, 7, 5, 6]) == [3, 7, 6, 0, 5]
print("py037_dedupe ok")
