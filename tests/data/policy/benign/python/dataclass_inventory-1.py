from dataclasses import dataclass, field


@dataclass
class Item:
    name: str
    price: float
    qty: int = 0
    tags: list = field(default_factory=list)

    def value(self):
        return self.price * self.qty


stock = [Item("theta", 1.5, 5), Item("omega", 2.25, 7, ["x"]), Item("eta", 1)]
total = sum(i.value() for i in stock)
print(f"total value: {total:.2f}")
assert abs(total - (1.5 * 5 + 2.25 * 7)) < 1e-9
