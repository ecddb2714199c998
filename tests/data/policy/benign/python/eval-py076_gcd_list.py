import math
from functools import reduce

def task_gcd_list(xs):
    return reduce(math.gcd, xs, 0)

assert task_gcd_list([350, 450, 175, 525]) == 25
assert task_gcd_list([92, 460, 69, 345, 138, 345]) == 23
assert task_gcd_list([192, 96, 16, 296, 280]) == 8
assert task_gcd_list([168, 840, 105, 567, 525]) == 21
assert task_gcd_list([432, 264, 252, 144]) == 12
print("py076_gcd_list ok")
