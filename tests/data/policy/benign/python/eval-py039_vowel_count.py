def task_vowel_count(s):
    return {v: s.count(v) for v in "ao" if v in s}

assert task_vowel_count('sbldol sei ncbeu lct icttneu cusud') == {'o': 1}
assert task_vowel_count('clese om tteuca lat msbmlam') == {'a': 3, 'o': 1}
assert task_vowel_count('uco dlom bco roed mmcd cndnm') == {'o': 4}
assert task_vowel_count('ncn amo mit ltml re') == {'a': 1, 'o': 1}
print("py039_vowel_count ok")
