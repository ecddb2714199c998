import math

def task_binomial(n, k):
    return math.comb(n, k) % 998244353

assert task_binomial(66, 64) == 2145
assert task_binomial(54, 45) == 326714495
assert task_binomial(33, 10) == 92561040
assert task_binomial(48, 20) == 112871851
assert task_binomial(10, 7) == 120
print("py085_binomial ok")
