def task_transpose(m):
    return [list(row) for row in zip(*m)]

assert task_transpose([[9, 0], [2, 2], [4, 1]]) == [[9, 2, 4], [0, 2, 1]]
assert task_transpose([[5, 9, 1, 6], [1, 0, 4, 9], [7, 1, 2, 3], [5, 0, 8, 6], [9, 0, 5, 4]]) == [[5, 1, 7, 5, 9], [9, 0, 1, 0, 0], [1, 4, 2, 8, 5], [6, 9, 3, 6, 4]]
assert task_transpose([[1, 4, 2, 3, 8]]) == [[1], [4], [2], [3], [8]]
assert task_transpose([[9, 8, 0], [1, 4, 5], [3, 8, 8], [8, 8, 0]]) == [[9, 1, 3, 8], [8, 4, 8, 8], [0, 5, 8, 0]]
print("py000_transpose ok")
