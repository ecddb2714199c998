# Ordinary HumanEval-style solution: a tiny calculator whose operations are
# registered by a decorator and named by their docstrings, with asserts.
import operator

OPS = {}


def op(fn):
    OPS[fn.__doc__.strip()] = fn
    return fn


@op
def add(a, b):
    """plus"""
    return operator.add(a, b)


@op
def mul(a, b):
    """times"""
    return operator.mul(a, b)


def calc(expr):
    """Evaluate 'a word b' left to right, e.g. '2 plus 3 times 4' -> 20."""
    parts = expr.split()
    acc = int(parts[0])
    for word, num in zip(parts[1::2], parts[2::2]):
        acc = OPS[word](acc, int(num))
    return acc


assert calc("2 plus 3 times 4") == 20
assert calc("7") == 7
assert sorted(OPS) == ["plus", "times"]
