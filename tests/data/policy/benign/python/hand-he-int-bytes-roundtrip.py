# Ordinary (HumanEval-style): encodes short ASCII strings as integers with
# int.from_bytes and decodes them back with int.to_bytes, with asserts.
def encode(text):
    return int.from_bytes(text.encode("ascii"), "big")


def decode(number):
    size = (number.bit_length() + 7) // 8
    return number.to_bytes(size, "big").decode("ascii")


assert encode("ab") == 0x6162
assert decode(0x6162) == "ab"
assert decode(encode("hello world")) == "hello world"
assert decode(0) == ""
