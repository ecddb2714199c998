import ast


def parse_nested(s):
    """Parse a Python-literal list like "[1, [2, 3], (4,)]" and flatten it."""
    value = ast.literal_eval(s)

    def walk(v):
        if isinstance(v, (list, tuple)):
            for x in v:
                yield from walk(x)
        else:
            yield v

    return list(walk(value))


def safe_number(s):
    try:
        v = ast.literal_eval(s.strip())
    except (ValueError, SyntaxError):
        return None
    return v if isinstance(v, (int, float)) and not isinstance(v, bool) else None


assert parse_nested("[1, [2, 3], (4,)]") == [1, 2, 3, 4]
assert parse_nested("[]") == []
assert parse_nested("[[['a']], 'b']") == ["a", "b"]
assert safe_number(" 3.5 ") == 3.5
assert safe_number("__import__('os')") is None
assert safe_number("True") is None
print("parse_nested ok")
