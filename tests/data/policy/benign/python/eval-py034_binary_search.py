def task_binary_search(xs, x):
    lo, hi = 0, len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo if lo < len(xs) and xs[lo] == x else -1

assert task_binary_search([-482, -474, -441, -434, -396, -384, -311, -262, -253, -239, -214, -206, -195, -96, -71, -68, -52, -44, -10, 28, 71, 91, 92, 164, 280, 396, 484], -206) == 11
assert task_binary_search([-493, -450, -437, -415, -267, -158, -104, -98, 62, 123, 182, 248, 250, 267, 335, 419, 422, 446], -493) == 0
assert task_binary_search([-318, -264, -94, -86, 20, 24, 180, 184, 243, 262, 306, 365, 429], -264) == 1
assert task_binary_search([-245, -84, 302, 432, 479], 479) == 4
assert task_binary_search([-479, -425, -383, -366, -229, -102, -82, -73, 88, 116, 136, 188, 199, 297, 416, 469], -479) == 0
print("py034_binary_search ok")
