class Batch:
    def __init__(self, items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)


b = Batch(range(5))
print("jobs:", len(b))
