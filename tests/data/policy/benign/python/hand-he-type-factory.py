"""Build record classes at runtime with type() and properties (no exec),
then solve: group people by age bracket and return the sorted names."""


def record(name, fields):
    def __init__(self, *values):
        if len(values) != len(fields):
            raise TypeError(f"{name} takes {len(fields)} values")
        for f, v in zip(fields, values):
            setattr(self, "_" + f, v)

    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
        return f"{name}({inner})"

    def __eq__(self, other):
        return type(self) is type(other) and all(
            getattr(self, f) == getattr(other, f) for f in fields)

    ns = {"__init__": __init__, "__repr__": __repr__, "__eq__": __eq__,
          "__slots__": tuple("_" + f for f in fields), "_fields": tuple(fields)}
    for f in fields:
        ns[f] = property(lambda self, _f="_" + f: getattr(self, _f))
    return type(name, (object,), ns)


Person = record("Person", ["name", "age"])


def brackets(people, width=10):
    groups = {}
    for p in people:
        groups.setdefault(p.age // width * width, []).append(p.name)
    return {k: sorted(v) for k, v in sorted(groups.items())}


people = [Person("ann", 31), Person("bob", 25), Person("cy", 38), Person("di", 22)]
assert brackets(people) == {20: ["bob", "di"], 30: ["ann", "cy"]}
assert repr(people[0]) == "Person(name='ann', age=31)"
assert Person("x", 1) == Person("x", 1)
assert Person._fields == ("name", "age")
try:
    Person("only-name")
except TypeError:
    pass
else:
    raise AssertionError("expected TypeError")
