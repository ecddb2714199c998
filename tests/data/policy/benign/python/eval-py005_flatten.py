def task_flatten(x):
    if not isinstance(x, list):
        return [x]
    out = []
    for y in x:
        out.extend(task_flatten(y))
    return out

assert task_flatten([92, [73, 29, [[], 32, [], 72]], [[28]], 44]) == [92, 73, 29, 32, 72, 28, 44]
assert task_flatten([[[89, [18], 4]], []]) == [89, 18, 4]
assert task_flatten([44]) == [44]
print("py005_flatten ok")
