# Ordinary (HumanEval-style): finds the first pair summing to a target, using an
# exception to carry the answer out of nested loops, with asserts.
class Found(Exception):
    pass


def first_pair(nums, target):
    try:
        for i, a in enumerate(nums):
            for b in nums[i + 1:]:
                if a + b == target:
                    raise Found(a, b)
    except Found as hit:
        return hit.args
    return None


assert first_pair([1, 2, 3, 4], 7) == (3, 4)
assert first_pair([1, 2], 10) is None
assert first_pair([5, 5], 10) == (5, 5)
