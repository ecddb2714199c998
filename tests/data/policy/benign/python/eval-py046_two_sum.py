def task_two_sum(xs, target):
    seen = {}
    for i, x in enumerate(xs):
        if target - x in seen:
            return [seen[target - x], i]
        seen[x] = i
    return []

assert task_two_sum([-6, -19, -10, -36, -48, -11, 11, -38, -11, -12], 999) == []
assert task_two_sum([7, 37, 25, -12, 41, 26, -9, -7, -11], 999) == []
assert task_two_sum([44, 24, -43, 26, 12, 48, -32, -37, -21, -11, 46, 38, -21, -38], 6) == [6, 11]
print("py046_two_sum ok")
