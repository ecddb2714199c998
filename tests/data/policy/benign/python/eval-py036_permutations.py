from itertools import permutations

def task_permutations(s):
    return sorted(set("".join(p) for p in permutations(s)))[:3]

assert task_permutations('bbcaba') == ['aabbbc', 'aabbcb', 'aabcbb']
assert task_permutations('db') == ['bd', 'db']
assert task_permutations('abcddb') == ['abbcdd', 'abbdcd', 'abbddc']
print("py036_permutations ok")
