def task_to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign, n, out = "-" if n < 0 else "", abs(n), ""
    while n:
        n, d = divmod(n, b)
        out = digits[d] + out
    return sign + out

assert task_to_base(369138691, 30) == 'f5lo31'
assert task_to_base(649778522, 28) == '19l3r3m'
assert task_to_base(548717906, 2) == '100000101101001100010101010010'
print("py023_to_base ok")
