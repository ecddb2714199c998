def task_to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign, n, out = "-" if n < 0 else "", abs(n), ""
    while n:
        n, d = divmod(n, b)
        out = digits[d] + out
    return sign + out

assert task_to_base(862634699, 5) == '3231313302244'
assert task_to_base(877119045, 6) == '223011412153'
assert task_to_base(463129357, 4) == '123212230230031'
assert task_to_base(354640734, 31) == 'cc090l'
print("py073_to_base ok")
