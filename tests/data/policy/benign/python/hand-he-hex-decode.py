def decode_hex_words(s: str) -> list:
    """Given space-separated hex-encoded words, return the decoded words;
    invalid words become None."""
    out = []
    for chunk in s.split():
        try:
            out.append(bytes.fromhex(chunk).decode("utf-8"))
        except ValueError:
            out.append(None)
    return out


def encode_hex_words(words) -> str:
    return " ".join(w.encode("utf-8").hex() for w in words)


def check(candidate):
    assert candidate("68656c6c6f 776f726c64") == ["hello", "world"]
    assert candidate("") == []
    assert candidate("zz 6869") == [None, "hi"]
    assert candidate(encode_hex_words(["système", "ok"])) == ["système", "ok"]


check(decode_hex_words)
