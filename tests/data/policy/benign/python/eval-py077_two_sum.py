def task_two_sum(xs, target):
    seen = {}
    for i, x in enumerate(xs):
        if target - x in seen:
            return [seen[target - x], i]
        seen[x] = i
    return []

assert task_two_sum([13, -36, 33, 31], 44) == [0, 3]
assert task_two_sum([-31, -49, -50, 14, -5, -25, 36], 5) == [0, 6]
assert task_two_sum([-2, -25, -8, -43, -50, 1, -30, 30, 24], 22) == [2, 7]
assert task_two_sum([10, 34, 19, -34, 7, 31, 16], 26) == [2, 4]
assert task_two_sum([-44, 22, -43, -22], 999) == []
print("py077_two_sum ok")
