def task_binary_search(xs, x):
    lo, hi = 0, len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo if lo < len(xs) and xs[lo] == x else -1

assert task_binary_search([-488, -377, -355, -349, -168, -117, -113, -80, -50, -29, -19, 25, 219, 226, 460, 466], 25) == 11
assert task_binary_search([-329, -243, -133, -51, 158, 176, 422], -243) == 1
assert task_binary_search([-397, -282, -280, -237, -15, 36, 57, 72, 136, 164, 187, 273, 334, 379, 445], 136) == 8
assert task_binary_search([-499, -327, -202, -95, -65, 26, 75, 161, 186, 304, 350, 429], 75) == 6
assert task_binary_search([-395, -30, 10, 249], 1000) == -1
print("py091_binary_search ok")
