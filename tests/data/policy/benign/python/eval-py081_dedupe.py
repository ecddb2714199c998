def task_dedupe(xs):
    seen = set()
    return [x for x in xs if not (x in seen or seen.add(x))]

assert task_dedupe([9]) == [9]
assert task_dedupe([2, 1, 9, 0, 4, 6, 8, 4, 9, 3, 4, 0, 8, 1, 1, 1, 6, 0, 6]) == [2, 1, 9, 0, 4, 6, 8, 3]
assert task_dedupe([7, 7, 0, 0, 0, 6, 7, 5, 8, 3, 2]) == [7, 0, 6, 5, 8, 3, 2]
print("py081_dedupe ok")
