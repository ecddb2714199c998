def task_roman(s):
    v = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        total += -v[a] if b != " " and v[a] < v[b] else v[a]
    return total

assert task_roman('MMXLIX') == 2049
assert task_roman('MMMCDL') == 3450
assert task_roman('CDXCII') == 492
print("py042_roman ok")
