import string


def encode_shift(s, k=5):
    """Shift every lowercase letter k places through the alphabet."""
    low = string.ascii_lowercase
    return s.translate(str.maketrans(low, low[k:] + low[:k]))


def decode_shift(s, k=5):
    low = string.ascii_lowercase
    return s.translate(str.maketrans(low[k:] + low[:k], low))


def encode_vowels(message):
    """Swap case and replace vowels by the letter two places ahead."""
    vowels = "aeiouAEIOU"
    table = str.maketrans({v: chr(ord(v) + 2) for v in vowels})
    return message.swapcase().translate(table)


assert encode_shift("abc") == "fgh"
assert decode_shift(encode_shift("system")) == "system"
assert decode_shift("xdxyjr") == "system"
assert encode_vowels("test") == "TGST"
assert encode_vowels("This is a message") == "tHKS KS C MGSSCGG"
print("shift ok")
