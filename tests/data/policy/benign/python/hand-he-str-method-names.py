def transform(text: str, steps: list) -> str:
    """Apply str methods named in steps, in order, e.g. ["strip", "lower", "title"].

    >>> transform("  hello WORLD ", ["strip", "lower", "title"])
    'Hello World'
    """
    allowed = {"strip", "lower", "upper", "title", "swapcase", "capitalize", "casefold"}
    for step in steps:
        if step not in allowed:
            raise ValueError(f"unknown step {step!r}")
        text = getattr(str, step)(text)
    return text


def check(candidate):
    assert candidate("  hello WORLD ", ["strip", "lower", "title"]) == "Hello World"
    assert candidate("abc", []) == "abc"
    assert candidate("AbC", ["swapcase"]) == "aBc"
    assert candidate(" x ", ["strip", "upper"]) == "X"
    try:
        candidate("x", ["__class__"])
    except ValueError:
        pass
    else:
        raise AssertionError("dunder accepted")


check(transform)
print("ok")
