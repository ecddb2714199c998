# Ordinary program: HumanEval-style solution - return the elements of a
# rectangular matrix in clockwise spiral order, with asserts.


def spiral_order(matrix):
    """Return matrix elements in clockwise spiral order.
    >>> spiral_order([[1, 2], [3, 4]])
    [1, 2, 4, 3]
    """
    result = []
    rows = [list(r) for r in matrix]
    while rows:
        result.extend(rows.pop(0))
        rows = [list(r) for r in zip(*rows)][::-1]
    return result


assert spiral_order([]) == []
assert spiral_order([[1]]) == [1]
assert spiral_order([[1, 2], [3, 4]]) == [1, 2, 4, 3]
assert spiral_order([[1, 2, 3], [4, 5, 6], [7, 8, 9]]) == [1, 2, 3, 6, 9, 8, 7, 4, 5]
assert spiral_order([[1, 2, 3, 4], [5, 6, 7, 8]]) == [1, 2, 3, 4, 8, 7, 6, 5]
print("ok")
