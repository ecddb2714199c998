# Ordinary program: HumanEval-style solution - merge overlapping closed
# intervals and report the total covered length, with asserts.
from typing import List, Tuple


def merge_intervals(intervals: List[Tuple[int, int]]) -> List[Tuple[int, int]]:
    merged = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def covered_length(intervals):
    return sum(end - start for start, end in merge_intervals(intervals))


assert merge_intervals([]) == []
assert merge_intervals([(1, 3), (2, 6), (8, 10), (15, 18)]) == [(1, 6), (8, 10), (15, 18)]
assert merge_intervals([(1, 4), (4, 5)]) == [(1, 5)]
assert merge_intervals([(5, 7), (1, 2)]) == [(1, 2), (5, 7)]
assert covered_length([(0, 10), (5, 15), (20, 21)]) == 16
print("ok")
