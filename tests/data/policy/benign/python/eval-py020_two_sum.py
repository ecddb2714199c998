def task_two_sum(xs, target):
    seen = {}
    for i, x in enumerate(xs):
        if target - x in seen:
            return [seen[target - x], i]
        seen[x] = i
    return []

assert task_two_sum([-34, 19, 7, -41, 26, 1, 41, -24, -27], 999) == []
assert task_two_sum([4, 50, -33], 999) == []
assert task_two_sum([40, 47, -25, -48, -35, 10, -11, -45, 21, -6, -44, -9, 38], 78) == [0, 12]
print("py020_two_sum ok")
