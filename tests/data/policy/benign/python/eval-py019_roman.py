def task_roman(s):
    v = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        total += -v[a] if b != " " and v[a] < v[b] else v[a]
    return total

assert task_roman('DLXXXII') == 582
assert task_roman('MMMLXXIII') == 3073
assert task_roman('MMMXII') == 3012
assert task_roman('CLVII') == 157
print("py019_roman ok")
