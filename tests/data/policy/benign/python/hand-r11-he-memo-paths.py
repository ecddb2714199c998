# HumanEval-style solution: count lattice paths in a grid with blocked cells using
# a memoised recursive helper (functools.lru_cache), with asserts.
from functools import lru_cache
from typing import List


def count_paths(grid: List[str]) -> int:
    rows, cols = len(grid), len(grid[0]) if grid else 0

    @lru_cache(maxsize=None)
    def walk(r, c):
        if r >= rows or c >= cols or grid[r][c] == "#":
            return 0
        if (r, c) == (rows - 1, cols - 1):
            return 1
        return walk(r + 1, c) + walk(r, c + 1)

    return walk(0, 0) if rows else 0


def check(candidate):
    assert candidate([]) == 0
    assert candidate(["."]) == 1
    assert candidate(["..", ".."]) == 2
    assert candidate(["...", ".#.", "..."]) == 2
    assert candidate(["#."]) == 0


check(count_paths)
