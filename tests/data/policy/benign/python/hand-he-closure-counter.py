# Ordinary (HumanEval-style): counts word occurrences with a closure-based
# counter and reads the captured state back through __closure__, with asserts.
def make_counter():
    counts = {}

    def add(word):
        counts[word] = counts.get(word, 0) + 1
        return counts[word]

    return add


def most_frequent(words):
    add = make_counter()
    for w in words:
        add(w.lower())
    counts = add.__closure__[0].cell_contents
    if not counts:
        return None
    return max(sorted(counts), key=counts.get)


assert most_frequent("a b A c b a".split()) == "a"
assert most_frequent([]) is None
assert most_frequent(["x", "y"]) == "x"
