import math
from functools import reduce

def task_gcd_list(xs):
    return reduce(math.gcd, xs, 0)

assert task_gcd_list([165, 185, 185, 40]) == 5
assert task_gcd_list([115, 165, 5, 100, 120, 20]) == 5
assert task_gcd_list([736, 805, 782, 460, 529, 184]) == 23
assert task_gcd_list([60, 9]) == 3
print("py031_gcd_list ok")
