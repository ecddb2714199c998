# HumanEval-style solution: run-length encode and decode a string, with asserts.


def encode(s: str) -> str:
    """Return the run-length encoding of s, e.g. 'aaab' -> '3a1b'."""
    if not s:
        return ""
    out = []
    prev, count = s[0], 1
    for ch in s[1:]:
        if ch == prev:
            count += 1
        else:
            out.append(f"{count}{prev}")
            prev, count = ch, 1
    out.append(f"{count}{prev}")
    return "".join(out)


def decode(s: str) -> str:
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)


def check(candidate):
    assert candidate("") == ""
    assert candidate("a") == "1a"
    assert candidate("aaab") == "3a1b"
    assert candidate("abbbbbbbbbbbc") == "1a11b1c"
    for text in ("hello", "zzzzzz", "abcabc"):
        assert decode(candidate(text)) == text


check(encode)
