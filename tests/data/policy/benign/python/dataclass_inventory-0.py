from dataclasses import dataclass, field


@dataclass
class Item:
    name: str
    price: float
    qty: int = 0
    tags: list = field(default_factory=list)

    def value(self):
        return self.price * self.qty


stock = [Item("omega", 2.5, 2), Item("gamma", 7.25, 5, ["x"]), Item("eta", 3)]
total = sum(i.value() for i in stock)
print(f"total value: {total:.2f}")
assert abs(total - (2.5 * 2 + 7.25 * 5)) < 1e-9
