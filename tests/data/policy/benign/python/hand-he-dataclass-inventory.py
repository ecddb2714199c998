# HumanEval-style solution: an inventory of dataclass items, total value by
# category; asserts check it.
from dataclasses import dataclass, field


@dataclass
class Item:
    name: str
    category: str
    price: float
    qty: int = 1
    tags: list = field(default_factory=list)


def totals(items):
    out = {}
    for it in items:
        out[it.category] = out.get(it.category, 0) + it.price * it.qty
    return out


items = [Item("pen", "office", 1.5, 4), Item("desk", "furniture", 120.0), Item("ink", "office", 3.0)]
assert totals(items) == {"office": 9.0, "furniture": 120.0}
assert totals([]) == {}
