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

assert task_window_max([36, -50, 19, -19, -23, -25, 34, 34, -12, -49, -12, 36, -25]) == [36, -50, 19, -19, -23, -25, 34, 34, -12, -49, -12, 36, -25]
assert task_window_max([]) == []
assert task_window_max([28, -18, -44, 41, 11, -13, 7, 8, -2, 37, -30, -11, 19, -13, 32, 14, -33, -38]) == [28, -18, -44, 41, 11, -13, 7, 8, -2, 37, -30, -11, 19, -13, 32, 14, -33, -38]
assert task_window_max([0, -16, 6, -24, 14, 43, -22, -45, -36, 37, -50, 25]) == [0, -16, 6, -24, 14, 43, -22, -45, -36, 37, -50, 25]
print("py021_window_max ok")
