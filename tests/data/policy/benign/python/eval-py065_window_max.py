from collections import deque

def task_window_max(xs):
    q, out = deque(), []
    for i, x in enumerate(xs):
        while q and xs[q[-1]] <= x:
            q.pop()
        q.append(i)
        if q[0] <= i - 1:
            q.popleft()
        if i >= 1 - 1:
            out.append(xs[q[0]])
    return out

assert task_window_max([9, 3, 20, -6, 35, 14, -42, 21, 2, -33, 6, -25, 45, -1, -21, -1, 26]) == [9, 3, 20, -6, 35, 14, -42, 21, 2, -33, 6, -25, 45, -1, -21, -1, 26]
assert task_window_max([-16, -4, 42, -36, 19, 6, 4, -33, 24, -3, 26, 30, -10, -33, 5, 36, -7, 5, -10]) == [-16, -4, 42, -36, 19, 6, 4, -33, 24, -3, 26, 30, -10, -33, 5, 36, -7, 5, -10]
assert task_window_max([35, 37, 45, -2, -10, -29, -4, 7, -3, 15, -38, -10, 11, -17]) == [35, 37, 45, -2, -10, -29, -4, 7, -3, 15, -38, -10, 11, -17]
assert task_window_max([31, -49, 6, -48, -14, 46, -33, -10, -39, 1, 46, 23, 29]) == [31, -49, 6, -48, -14, 46, -33, -10, -39, 1, 46, 23, 29]
print("py065_window_max ok")
