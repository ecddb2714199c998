"""Convert between integers and Roman numerals; the direction is chosen by
name with getattr dispatch on a converter class."""


class Roman:
    PAIRS = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"),
             (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"),
             (5, "V"), (4, "IV"), (1, "I")]

    def to_roman(self, n):
        out = []
        for value, sym in self.PAIRS:
            count, n = divmod(n, value)
            out.append(sym * count)
        return "".join(out)

    def from_roman(self, s):
        values = {sym: v for v, sym in self.PAIRS if len(sym) == 1}
        total = 0
        for i, ch in enumerate(s):
            v = values[ch]
            if i + 1 < len(s) and values[s[i + 1]] > v:
                total -= v
            else:
                total += v
        return total


def convert(value, direction):
    method = getattr(Roman(), direction, None)
    if method is None or not callable(method):
        raise ValueError(f"unknown direction {direction!r}")
    return method(value)


def check(candidate):
    assert candidate(1994, "to_roman") == "MCMXCIV"
    assert candidate("MCMXCIV", "from_roman") == 1994
    assert candidate(3999, "to_roman") == "MMMCMXCIX"
    for n in range(1, 500):
        assert candidate(candidate(n, "to_roman"), "from_roman") == n
    try:
        candidate(3, "__class__")
    except (ValueError, TypeError):
        pass


check(convert)
