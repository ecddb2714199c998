def task_merge_sort(xs):
    if len(xs) <= 1:
        return list(xs)
    mid = len(xs) // 2
    a, b = task_merge_sort(xs[:mid]), task_merge_sort(xs[mid:])
    out = []
    while a and b:
        out.append(a.pop(0) if a[0] <= b[0] else b.pop(0))
    return out + a + b

assert task_merge_sort([20]) == [20]
assert task_merge_sort([28, -491, 805, 116, 548, -961, -987, -861, -759, -771, -214, -624, 127, -653, 604, -67, -611, 556, 972, 123, -788]) == [-987, -961, -861, -788, -771, -759, -653, -624, -611, -491, -214, -67, 28, 116, 123, 127, 548, 556, 604, 805, 972]
assert task_merge_sort([-317, -848]) == [-848, -317]
print("py018_merge_sort ok")
