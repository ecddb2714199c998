from itertools import accumulate

def task_prefix_sums(xs):
    sums = list(accumulate(xs))
    best = max([0] + [sums[j] - min([0] + sums[:j]) for j in range(len(sums))])
    return [sums, best]

assert task_prefix_sums([-33]) == [[-33], 0]
assert task_prefix_sums([]) == [[], 0]
assert task_prefix_sums([]) == [[], 0]
assert task_prefix_sums([-29, -20, -30, -40, 19, -34, 49]) == [[-29, -49, -79, -119, -100, -134, -85], 49]
print("py054_prefix_sums ok")
