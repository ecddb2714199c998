# Ordinary program: HumanEval-style solution -- sort records by several keys
# with operator.itemgetter / methodcaller.
import operator


def sort_words(words):
    """Sort case-insensitively, ties broken by length then original text."""
    key = operator.methodcaller("lower")
    return sorted(words, key=lambda w: (key(w), len(w), w))


def top_scores(rows, n):
    return [name for name, _ in sorted(rows, key=operator.itemgetter(1), reverse=True)[:n]]


assert sort_words(["b", "A", "a", "C"]) == ["A", "a", "b", "C"]
assert top_scores([("x", 3), ("y", 9), ("z", 5)], 2) == ["y", "z"]
assert sort_words([]) == []
