"""A small matrix type with the @ operator."""


class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]

    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __rmatmul__(self, other):
        return Matrix(other) @ self

    def __repr__(self):
        return "\n".join(" ".join(f"{v:4}" for v in r) for r in self.rows)


a = Matrix([[1, 2], [3, 4]])
print(a @ a)
print([[1, 0], [0, 1]] @ a)
