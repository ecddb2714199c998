# Ordinary (HumanEval-style): total area of shapes described as dicts, using
# structural pattern matching, with asserts.
import math


def area(shape):
    match shape:
        case {"kind": "circle", "r": r}:
            return math.pi * r * r
        case {"kind": "rect", "w": w, "h": h}:
            return w * h
        case {"kind": "tri", "sides": [a, b, c]}:
            s = (a + b + c) / 2
            return math.sqrt(s * (s - a) * (s - b) * (s - c))
        case _:
            raise ValueError(shape)


def total_area(shapes):
    return round(sum(area(s) for s in shapes), 3)


assert total_area([{"kind": "rect", "w": 2, "h": 3}]) == 6
assert total_area([{"kind": "tri", "sides": [3, 4, 5]}, {"kind": "circle", "r": 1}]) == round(6 + math.pi, 3)
assert total_area([]) == 0
