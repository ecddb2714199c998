# Ordinary: HumanEval-style solution -- run-length encoding and decoding of a
# string, with asserts.
from itertools import groupby


def encode(s):
    return "".join(f"{len(list(g))}{ch}" for ch, g in groupby(s))


def decode(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num or 1))
            num = ""
    return "".join(out)


assert encode("aaabccdddd") == "3a1b2c4d"
assert decode("3a1b2c4d") == "aaabccdddd"
assert decode(encode("xyz" * 3 + "w" * 12)) == "xyz" * 3 + "w" * 12
assert encode("") == ""
