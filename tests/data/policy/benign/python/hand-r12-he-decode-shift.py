# Ordinary program: HumanEval-style solution -- encode/decode a shift cipher
# and a rot13 check with codecs.
import codecs


def encode_shift(s: str, k: int = 5) -> str:
    return "".join(chr((ord(ch) - ord("a") + k) % 26 + ord("a")) for ch in s)


def decode_shift(s: str, k: int = 5) -> str:
    return encode_shift(s, -k)


assert decode_shift(encode_shift("hello")) == "hello"
assert encode_shift("abc", 13) == codecs.encode("abc", "rot13")
assert decode_shift("mjqqt") == "hello"
