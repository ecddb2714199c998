def task_roman(s):
    v = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        total += -v[a] if b != " " and v[a] < v[b] else v[a]
    return total

assert task_roman('DCCCLXXII') == 872
assert task_roman('MMCMLIV') == 2954
assert task_roman('DCCCIII') == 803
assert task_roman('MCCCLXXXIV') == 1384
assert task_roman('MMMDCCCXLVII') == 3847
print("py084_roman ok")
