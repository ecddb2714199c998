from dataclasses import dataclass, field


@dataclass
class Item:
    name: str
    price: float
    qty: int = 0
    tags: list = field(default_factory=list)

    def value(self):
        return self.price * self.qty


stock = [Item("kappa", 8.5, 4), Item("alpha", 5.25, 8, ["x"]), Item("alpha", 4)]
total = sum(i.value() for i in stock)
print(f"total value: {total:.2f}")
assert abs(total - (8.5 * 4 + 5.25 * 8)) < 1e-9
