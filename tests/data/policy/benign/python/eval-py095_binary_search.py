def task_binary_search(xs, x):
    lo, hi = 0, len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo if lo < len(xs) and xs[lo] == x else -1

assert task_binary_search([-487, -475, -355, -310, -252, -251, -132, -123, -113, -94, -86, 13, 23, 37, 62, 214, 218, 238, 320, 358, 373, 378, 382, 384, 385, 429, 495], 429) == 25
assert task_binary_search([-476, -213, -166, -41, -6, 8, 51, 64, 133, 154, 207, 233, 294, 333, 382, 409], 51) == 6
assert task_binary_search([-445, -376, -361, -346, -171, -147, -26, 121, 268, 313, 320, 364, 441], 121) == 7
assert task_binary_search([-454, -412, -312, -134, -100, -99, -73, -52, -21, 133, 311, 350, 352, 373, 463], -100) == 4
assert task_binary_search([-322, -28, 369], -28) == 1
print("py095_binary_search ok")
