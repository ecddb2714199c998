# Ordinary: HumanEval-style solution -- the k-th largest element of a list with
# a bounded heap, and the top-k frequent words, with asserts.
import heapq
from collections import Counter


def kth_largest(nums, k):
    heap = []
    for n in nums:
        heapq.heappush(heap, n)
        if len(heap) > k:
            heapq.heappop(heap)
    return heap[0]


def top_k_words(words, k):
    counts = Counter(words)
    return [w for w, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:k]]


assert kth_largest([3, 2, 1, 5, 6, 4], 2) == 5
assert kth_largest([3, 2, 3, 1, 2, 4, 5, 5, 6], 4) == 4
assert top_k_words(["i", "love", "code", "i", "love", "coding"], 2) == ["i", "love"]
assert top_k_words(["a"], 1) == ["a"]
