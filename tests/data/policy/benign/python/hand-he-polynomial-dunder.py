from itertools import zip_longest


class Poly:
    """Polynomial with coefficients lowest degree first."""

    def __init__(self, *coeffs):
        c = list(coeffs)
        while len(c) > 1 and c[-1] == 0:
            c.pop()
        self.c = c or [0]

    def __add__(self, other):
        return Poly(*(a + b for a, b in zip_longest(self.c, other.c, fillvalue=0)))

    def __mul__(self, other):
        out = [0] * (len(self.c) + len(other.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(other.c):
                out[i + j] += a * b
        return Poly(*out)

    def __call__(self, x):
        result = 0
        for coeff in reversed(self.c):
            result = result * x + coeff
        return result

    def __eq__(self, other):
        return isinstance(other, Poly) and self.c == other.c

    def __repr__(self):
        return f"Poly{tuple(self.c)}"

    def derivative(self):
        return Poly(*[i * a for i, a in enumerate(self.c)][1:]) if len(self.c) > 1 else Poly(0)


def check():
    p = Poly(1, 2)  # 1 + 2x
    q = Poly(0, 0, 1)  # x^2
    assert (p + q)(2) == 9
    assert (p * p) == Poly(1, 4, 4)
    assert q.derivative() == Poly(0, 2)
    assert Poly(3, 0, 0) == Poly(3)
    assert repr(Poly(1, 2)) == "Poly(1, 2)"
    assert Poly(5).derivative() == Poly(0)


check()
