def task_sort_words(s):
    return sorted(set(s.split()), key=lambda w: (len(w), w))

assert task_sort_words('cnibl telesbs atobs uum audnude') == ['uum', 'atobs', 'cnibl', 'audnude', 'telesbs']
assert task_sort_words('iinaan oae otmul') == ['oae', 'otmul', 'iinaan']
assert task_sort_words('uiomutd ru aura') == ['ru', 'aura', 'uiomutd']
assert task_sort_words('trtdat tnudd bia') == ['bia', 'tnudd', 'trtdat']
assert task_sort_words('bsadb nnlde dlis') == ['dlis', 'bsadb', 'nnlde']
print("py017_sort_words ok")
