import math
from functools import reduce

def task_gcd_list(xs):
    return reduce(math.gcd, xs, 0)

assert task_gcd_list([78, 70, 12]) == 2
assert task_gcd_list([120, 48, 140]) == 4
assert task_gcd_list([90, 450, 360, 600, 360]) == 30
assert task_gcd_list([48, 208, 624, 176, 64]) == 16
assert task_gcd_list([63, 112]) == 7
print("py027_gcd_list ok")
