def task_flatten(x):
    if not isinstance(x, list):
        return [x]
    out = []
    for y in x:
        out.extend(task_flatten(y))
    return out

assert task_flatten([56]) == [56]
assert task_flatten([46]) == [46]
assert task_flatten([22, 5, [[40, [63, 51, 73, 34], [88, 62], 57], [[14, 96, 71], [], 80], [[81, 24, 69]]]]) == [22, 5, 40, 63, 51, 73, 34, 88, 62, 57, 14, 96, 71, 80, 81, 24, 69]
assert task_flatten([40, 65, 72, 2]) == [40, 65, 72, 2]
print("py049_flatten ok")
