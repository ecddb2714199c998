# HumanEval-style solution: builds bytes from a list of ints, decodes them and
# computes an 8-bit checksum; asserts check it.
def checksum(values):
    """Return (text, sum mod 256) of the bytes given as ints 0..255."""
    data = bytes(values)
    return data.decode("ascii", errors="replace"), sum(data) % 256


assert checksum([104, 105]) == ("hi", 209)
assert checksum([]) == ("", 0)
assert checksum([255, 1])[1] == 0
