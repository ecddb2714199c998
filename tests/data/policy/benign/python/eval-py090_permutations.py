from itertools import permutations

def task_permutations(s):
    return sorted(set("".join(p) for p in permutations(s)))[:3]

assert task_permutations('dac') == ['acd', 'adc', 'cad']
assert task_permutations('bd') == ['bd', 'db']
assert task_permutations('aabca') == ['aaabc', 'aaacb', 'aabac']
assert task_permutations('cac') == ['acc', 'cac', 'cca']
print("py090_permutations ok")
