from collections import deque

def task_window_max(xs):
    q, out = deque(), []
    for i, x in enumerate(xs):
        while q and xs[q[-1]] <= x:
            q.pop()
        q.append(i)
        if q[0] <= i - 3:
            q.popleft()
        if i >= 3 - 1:
            out.append(xs[q[0]])
    return out

assert task_window_max([-8, 16, 49, 33, -2, 20, -6, 35, 1, 8, 49, 7, -2]) == [49, 49, 49, 33, 20, 35, 35, 35, 49, 49, 49]
assert task_window_max([-47, -8, -15, 14, 43, 0, 24, -44, 40, 4, 5, 6, 45, 35, 21, 42, 9, -10, 41]) == [-8, 14, 43, 43, 43, 24, 40, 40, 40, 6, 45, 45, 45, 42, 42, 42, 41]
assert task_window_max([45, 8, 18, -49, -43, 25, -37, -10, -21, 19, -16]) == [45, 18, 18, 25, 25, 25, -10, 19, 19]
print("py045_window_max ok")
