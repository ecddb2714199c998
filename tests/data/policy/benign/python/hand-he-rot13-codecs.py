import codecs


def rot13(s):
    return codecs.encode(s, "rot13")


def decode_cyclic(s):
    """Inverse of encoding that rotates every group of three characters left."""
    groups = [s[3 * i:3 * i + 3] for i in range((len(s) + 2) // 3)]
    return "".join(g[-1] + g[:-1] if len(g) == 3 else g for g in groups)


def encode_cyclic(s):
    groups = [s[3 * i:3 * i + 3] for i in range((len(s) + 2) // 3)]
    return "".join(g[1:] + g[0] if len(g) == 3 else g for g in groups)


assert rot13("Hello") == "Uryyb"
assert codecs.decode(rot13("round trip"), "rot13") == "round trip"
for word in ["", "a", "abc", "abcdefg", "exec stage"]:
    assert decode_cyclic(encode_cyclic(word)) == word
assert encode_cyclic("abcdef") == "bcaefd"
print("cyclic ok")
