def task_vowel_count(s):
    return {v: s.count(v) for v in "uo" if v in s}

assert task_vowel_count('edsaelc dsbdl mdm lcs ibcau') == {'u': 1}
assert task_vowel_count('eaducao mdicdd le') == {'u': 1, 'o': 1}
assert task_vowel_count('necia badorcs ocrtmrb ou ilursu') == {'u': 3, 'o': 3}
assert task_vowel_count('sstc bdue tnbnod lnrinr') == {'u': 1, 'o': 1}
print("py067_vowel_count ok")
