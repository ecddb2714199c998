# Ordinary program: HumanEval-style solution -- count numbers whose signed
# digit sum is positive, using functools.reduce and map.
import functools


def digit_sum(n: int) -> int:
    s = str(abs(n))
    total = functools.reduce(lambda a, c: a + int(c), s, 0)
    return total - 2 * int(s[0]) if n < 0 else total


def count_nums(arr):
    return len(list(filter(lambda v: v > 0, map(digit_sum, arr))))


assert count_nums([]) == 0
assert count_nums([-1, 11, -11]) == 1
assert count_nums([1, 1, 2]) == 3
