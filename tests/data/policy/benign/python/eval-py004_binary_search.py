def task_binary_search(xs, x):
    lo, hi = 0, len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo if lo < len(xs) and xs[lo] == x else -1

assert task_binary_search([-387, -344, -326, 34, 76, 77, 152, 318, 359, 410, 421], 421) == 10
assert task_binary_search([-437, -386, -354, -323, -247, -138, -15, 71, 132, 225, 284, 352, 425], -437) == 0
assert task_binary_search([-433, -419, -389, -352, -315, -310, -234, -190, -147, -92, -16, 14, 45, 106, 114, 284, 295, 326, 350, 376, 385, 458, 484], 45) == 12
print("py004_binary_search ok")
