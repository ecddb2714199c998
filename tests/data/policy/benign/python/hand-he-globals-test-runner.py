def is_nested(string):
    """True if some subsequence of brackets has a nested pair."""
    opening, closing = [], []
    for i, ch in enumerate(string):
        (opening if ch == "[" else closing).append(i)
    closing.reverse()
    cnt, i = 0, 0
    for idx in opening:
        if i < len(closing) and idx < closing[i]:
            cnt += 1
            i += 1
    return cnt >= 2


def test_simple():
    assert is_nested("[[]]")
    assert not is_nested("[]]]]]]][[[[[]")


def test_more():
    assert not is_nested("[][]")
    assert is_nested("[[]][[")


def test_empty():
    assert not is_nested("")


if __name__ == "__main__":
    tests = [fn for name, fn in sorted(globals().items()) if name.startswith("test_")]
    for fn in tests:
        fn()
    print(f"{len(tests)} tests passed")
