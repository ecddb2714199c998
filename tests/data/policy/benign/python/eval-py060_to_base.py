def task_to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign, n, out = "-" if n < 0 else "", abs(n), ""
    while n:
        n, d = divmod(n, b)
        out = digits[d] + out
    return sign + out

assert task_to_base(134446864, 32) == '406vog'
assert task_to_base(369373414, 36) == '63wycm'
assert task_to_base(366768600, 3) == '221120010202221020'
assert task_to_base(629340862, 3) == '1121212012211100211'
print("py060_to_base ok")
