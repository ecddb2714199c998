class Offset:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


data = list(range(10))
print(data[Offset(3)], data[Offset(1):Offset(4)], hex(Offset(255)))
