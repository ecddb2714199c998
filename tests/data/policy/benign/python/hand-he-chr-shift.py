def encode_shift(s: str, k: int = 5) -> str:
    """Shift every lowercase letter k places along the alphabet."""
    return "".join(map(chr, [((ord(ch) - ord("a") + k) % 26) + ord("a") if ch.islower() else ord(ch) for ch in s]))


def decode_shift(s: str, k: int = 5) -> str:
    return encode_shift(s, -k)


def from_codes(codes):
    """Turn a list of code points back into text."""
    return bytes(codes).decode("ascii")


TABLE = str.maketrans("abc", "xyz")


def check():
    assert encode_shift("abc") == "fgh"
    assert decode_shift(encode_shift("hello world")) == "hello world"
    assert encode_shift("xyz", 3) == "abc"
    assert "".join(map(chr, [104, 105])) == "hi"
    assert from_codes([104, 101, 108, 108, 111]) == "hello"
    assert "aabbcc".translate(TABLE) == "xxyyzz"


check()
