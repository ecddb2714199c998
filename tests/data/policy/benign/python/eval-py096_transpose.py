def task_transpose(m):
    return [list(row) for row in zip(*m)]

assert task_transpose([[0, 1, 6, 4], [7, 7, 6, 5], [8, 9, 4, 3], [7, 4, 4, 4]]) == [[0, 7, 8, 7], [1, 7, 9, 4], [6, 6, 4, 4], [4, 5, 3, 4]]
assert task_transpose([[5, 3, 7], [9, 4, 3], [6, 5, 7], [3, 9, 6], [9, 1, 4]]) == [[5, 9, 6, 3, 9], [3, 4, 5, 9, 1], [7, 3, 7, 6, 4]]
assert task_transpose([[6, 2], [3, 5]]) == [[6, 3], [2, 5]]
assert task_transpose([[2, 6, 9, 4, 4], [9, 5, 7, 9, 7]]) == [[2, 9], [6, 5], [9, 7], [4, 9], [4, 7]]
assert task_transpose([[1, 2, 5], [9, 9, 0], [4, 0, 4], [1, 2, 0]]) == [[1, 9, 4, 1], [2, 9, 0, 2], [5, 0, 4, 0]]
print("py096_transpose ok")
