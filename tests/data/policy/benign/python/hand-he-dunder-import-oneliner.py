def prod_signs(arr):
    """Sum of magnitudes times the product of signs; None for an empty list."""
    return None if not arr else sum(map(abs, arr)) * __import__("math").prod(
        (x > 0) - (x < 0) for x in arr)


def count_distinct_pairs(xs):
    return len(set(__import__("itertools").combinations(sorted(set(xs)), 2)))


assert prod_signs([1, 2, 2, -4]) == -9
assert prod_signs([0, 1]) == 0
assert prod_signs([]) is None
assert prod_signs([-1, -2]) == 3
assert count_distinct_pairs([1, 2, 3, 3]) == 3
assert count_distinct_pairs([5]) == 0
print("prod_signs ok")
