def task_transpose(m):
    return [list(row) for row in zip(*m)]

assert task_transpose([[7, 5, 2, 7, 1], [8, 0, 2, 0, 5], [8, 1, 8, 8, 2], [8, 8, 4, 7, 5]]) == [[7, 8, 8, 8], [5, 0, 1, 8], [2, 2, 8, 4], [7, 0, 8, 7], [1, 5, 2, 5]]
assert task_transpose([[8, 4, 0], [2, 2, 3], [4, 8, 2], [5, 3, 2]]) == [[8, 2, 4, 5], [4, 2, 8, 3], [0, 3, 2, 2]]
assert task_transpose([[7, 8, 8]]) == [[7], [8], [8]]
assert task_transpose([[0, 2, 6, 9], [9, 0, 4, 1]]) == [[0, 9], [2, 0], [6, 4], [9, 1]]
print("py050_transpose ok")
