"""A small immutable matrix with operator overloading: @, +, ==, indexing,
transpose and identity; used to compute Fibonacci numbers by fast power."""


class Matrix:
    __slots__ = ("rows",)

    def __init__(self, rows):
        object.__setattr__(self, "rows", tuple(tuple(r) for r in rows))

    def __setattr__(self, name, value):
        raise AttributeError("Matrix is immutable")

    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __hash__(self):
        return hash(self.rows)

    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])

    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __pow__(self, n):
        result, base = Matrix.identity(len(self.rows)), self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result

    def __repr__(self):
        return f"Matrix({[list(r) for r in self.rows]})"

    @property
    def T(self):
        return Matrix(zip(*self.rows))

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])


def fib(n):
    return (Matrix([[1, 1], [1, 0]]) ** n)[0, 1]


assert [fib(i) for i in range(10)] == [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]
assert fib(90) == 2880067194370816120
m = Matrix([[1, 2], [3, 4]])
assert m.T == Matrix([[1, 3], [2, 4]])
assert m + m == Matrix([[2, 4], [6, 8]])
assert m @ Matrix.identity(2) == m
assert len({m, Matrix([[1, 2], [3, 4]])}) == 1
