import json
from dataclasses import dataclass


@dataclass
class Item:
    name: str
    qty: int


def as_item(d):
    return Item(**d) if {"name", "qty"} <= d.keys() else d


doc = '[{"name": "bolt", "qty": 4}, {"name": "nut", "qty": 9}]'
print(json.loads(doc, object_hook=as_item))
