from dataclasses import dataclass, field


@dataclass
class Item:
    name: str
    price: float
    qty: int = 0
    tags: list = field(default_factory=list)

    def value(self):
        return self.price * self.qty


stock = [Item("lambda", 9.5, 2), Item("zeta", 6.25, 8, ["x"]), Item("sigma", 8)]
total = sum(i.value() for i in stock)
print(f"total value: {total:.2f}")
assert abs(total - (9.5 * 2 + 6.25 * 8)) < 1e-9
