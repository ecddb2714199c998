class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


print(-Vec(1, 2))
