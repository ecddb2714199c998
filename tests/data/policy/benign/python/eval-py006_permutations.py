from itertools import permutations

def task_permutations(s):
    return sorted(set("".join(p) for p in permutations(s)))[:3]

assert task_permutations('a') == ['a']
assert task_permutations('abba') == ['aabb', 'abab', 'abba']
assert task_permutations('bdd') == ['bdd', 'dbd', 'ddb']
print("py006_permutations ok")
