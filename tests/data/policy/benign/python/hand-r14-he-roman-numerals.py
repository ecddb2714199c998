# Ordinary: HumanEval-style solution -- converts between integers and Roman
# numerals, with asserts (round trip over 1..3999).
PAIRS = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError(n)
    out = []
    for value, sym in PAIRS:
        count, n = divmod(n, value)
        out.append(sym * count)
    return "".join(out)


def from_roman(s):
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = values[a]
        total += -v if b != " " and values[b] > v else v
    return total


assert to_roman(1994) == "MCMXCIV"
assert to_roman(4) == "IV"
assert from_roman("MMXXIV") == 2024
assert all(from_roman(to_roman(i)) == i for i in range(1, 4000))
