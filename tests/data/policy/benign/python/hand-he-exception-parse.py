# HumanEval-style solution: parses a list of strings to ints, collecting the bad
# ones from the exceptions' args; asserts check it.
class BadToken(ValueError):
    pass


def parse_one(tok):
    try:
        return int(tok)
    except ValueError:
        raise BadToken(tok) from None


def parse_all(tokens):
    good, bad = [], []
    for t in tokens:
        try:
            good.append(parse_one(t))
        except BadToken as exc:
            bad.append(exc.args[0])
    return good, bad


assert parse_all(["1", "x", "3"]) == ([1, 3], ["x"])
assert parse_all([]) == ([], [])
