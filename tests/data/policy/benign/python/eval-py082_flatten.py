def task_flatten(x):
    if not isinstance(x, list):
        return [x]
    out = []
    for y in x:
        out.extend(task_flatten(y))
    return out

assert task_flatten([[1], [[[25, 49], 80, 2]], []]) == [1, 25, 49, 80, 2]
assert task_flatten([[]]) == []
assert task_flatten([]) == []
assert task_flatten([[48, 35], [], 83, []]) == [48, 35, 83]
assert task_flatten([19, 25, [6, 24], 84]) == [19, 25, 6, 24, 84]
print("py082_flatten ok")
