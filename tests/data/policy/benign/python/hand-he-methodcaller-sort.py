# HumanEval-style solution: normalises words with operator.methodcaller chains and
# sorts them case-insensitively; asserts check it.
import operator

STEPS = [operator.methodcaller("strip"), operator.methodcaller("lower"),
         operator.methodcaller("replace", "-", " ")]


def normalise(word):
    for step in STEPS:
        word = step(word)
    return word


def sort_words(words):
    return sorted((normalise(w) for w in words), key=len)


assert normalise("  Hello-World ") == "hello world"
assert sort_words(["BB", " a ", "ccc"]) == ["a", "bb", "ccc"]
