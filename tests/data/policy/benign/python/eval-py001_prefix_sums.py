from itertools import accumulate

def task_prefix_sums(xs):
    sums = list(accumulate(xs))
    best = max([0] + [sums[j] - min([0] + sums[:j]) for j in range(len(sums))])
    return [sums, best]

assert task_prefix_sums([]) == [[], 0]
assert task_prefix_sums([48, 46, -30, -9, -36, 40, -16, 43, 6, -28, -34, 2]) == [[48, 94, 64, 55, 19, 59, 43, 86, 92, 64, 30, 32], 94]
assert task_prefix_sums([-41, -6]) == [[-41, -47], 0]
assert task_prefix_sums([49, 37, -13, 36, -33, -21, 28]) == [[49, 86, 73, 109, 76, 55, 83], 109]
print("py001_prefix_sums ok")
