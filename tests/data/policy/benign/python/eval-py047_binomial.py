import math

def task_binomial(n, k):
    return math.comb(n, k) % 998244353

assert task_binomial(80, 18) == 396004745
assert task_binomial(44, 20) == 136311378
assert task_binomial(21, 21) == 1
assert task_binomial(62, 35) == 284557238
print("py047_binomial ok")
