"""A counter that supports +=."""


class Counter:
    def __init__(self):
        self.n = 0

    def __iadd__(self, k):
        self.n += k
        return self


c = Counter()
c += 3
c += 4
print(c.n)
