# Ordinary program: HumanEval-style solution -- rolling maximum of a list.
from typing import List


def rolling_max(numbers: List[int]) -> List[int]:
    """Return the list of running maxima of numbers."""
    out = []
    cur = None
    for n in numbers:
        cur = n if cur is None else max(cur, n)
        out.append(cur)
    return out


assert rolling_max([]) == []
assert rolling_max([1, 2, 3, 2, 3, 4, 2]) == [1, 2, 3, 3, 3, 4, 4]
assert rolling_max([4, 3, 2, 1]) == [4, 4, 4, 4]
