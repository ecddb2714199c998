# Ordinary HumanEval-style solution: finds the first pair summing to a
# target, using an exception that carries the result out of nested loops.


class Found(Exception):
    pass


def first_pair(nums, target):
    """Return the first (i, j) with nums[i] + nums[j] == target, else None."""
    try:
        for i, a in enumerate(nums):
            for j in range(i + 1, len(nums)):
                if a + nums[j] == target:
                    raise Found(i, j)
    except Found as hit:
        return hit.args
    return None


assert first_pair([1, 2, 3, 4], 7) == (2, 3)
assert first_pair([5, 5], 10) == (0, 1)
assert first_pair([1, 2], 10) is None
