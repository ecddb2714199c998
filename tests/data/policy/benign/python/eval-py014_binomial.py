import math

def task_binomial(n, k):
    return math.comb(n, k) % 1000000007

assert task_binomial(28, 2) == 378
assert task_binomial(40, 7) == 18643560
assert task_binomial(14, 6) == 3003
assert task_binomial(84, 69) == 609465240
print("py014_binomial ok")
