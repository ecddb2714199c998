def task_vowel_count(s):
    return {v: s.count(v) for v in "ia" if v in s}

assert task_vowel_count('mltton enbdr') == {}
assert task_vowel_count('oi ebnroe te dudnldo') == {'i': 1}
assert task_vowel_count('deccl trnltl iaumibi asaobrn rmlsr') == {'i': 3, 'a': 3}
assert task_vowel_count('crmlumd lbnanet') == {'a': 1}
assert task_vowel_count('anu elb eeaeb') == {'a': 2}
print("py009_vowel_count ok")
