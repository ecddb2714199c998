from itertools import accumulate

def task_prefix_sums(xs):
    sums = list(accumulate(xs))
    best = max([0] + [sums[j] - min([0] + sums[:j]) for j in range(len(sums))])
    return [sums, best]

assert task_prefix_sums([-30]) == [[-30], 0]
assert task_prefix_sums([-43, 39]) == [[-43, -4], 39]
assert task_prefix_sums([18, -3, 41, 28, -3, 43, 29, 30, 6, -38, -41, -41, 46, -14, -41]) == [[18, 15, 56, 84, 81, 124, 153, 183, 189, 151, 110, 69, 115, 101, 60], 189]
assert task_prefix_sums([-7, 46, -19, 16, -6, 22, -24, -41, -30, 26, -33, 1, 7, -1, -5]) == [[-7, 39, 20, 36, 30, 52, 28, -13, -43, -17, -50, -49, -42, -43, -48], 59]
assert task_prefix_sums([26, 1, 40, 44, 6, 47, -5, 24, -28, 0, 32, -3, -8, -26, 42]) == [[26, 27, 67, 111, 117, 164, 159, 183, 155, 155, 187, 184, 176, 150, 192], 192]
print("py064_prefix_sums ok")
