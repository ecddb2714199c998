def task_transpose(m):
    return [list(row) for row in zip(*m)]

assert task_transpose([[6, 8], [7, 6]]) == [[6, 7], [8, 6]]
assert task_transpose([[4], [3]]) == [[4, 3]]
assert task_transpose([[8, 3], [2, 2], [0, 7]]) == [[8, 2, 0], [3, 2, 7]]
assert task_transpose([[5], [9]]) == [[5, 9]]
print("py089_transpose ok")
