"""A small cache with item deletion."""


class Cache:
    def __init__(self):
        self.items = {}

    def __delitem__(self, key):
        self.items.pop(key, None)


c = Cache()
del c["/home/user"]
print(c.items)
