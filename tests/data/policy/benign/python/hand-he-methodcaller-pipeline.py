import functools
import operator


def normalise(words, steps=("strip", "lower")):
    """Apply the named str methods, in order, to every word, using
    operator.methodcaller; drop empty results and duplicates keeping order."""
    callers = [operator.methodcaller(step) for step in steps]
    seen, out = set(), []
    for word in words:
        value = functools.reduce(lambda acc, f: f(acc), callers, word)
        if value and value not in seen:
            seen.add(value)
            out.append(value)
    return out


def check(candidate):
    assert candidate(["  Apple", "apple ", "Banana"]) == ["apple", "banana"]
    assert candidate(["a", " ", "B"], ("strip", "upper")) == ["A", "B"]
    assert candidate(["Title case"], ("title",)) == ["Title Case"]
    assert candidate([]) == []
    assert operator.attrgetter("real")(5) == 5


check(normalise)
