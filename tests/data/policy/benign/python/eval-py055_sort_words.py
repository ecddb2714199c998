def task_sort_words(s):
    return sorted(set(s.split()), key=lambda w: (len(w), w))

assert task_sort_words('dnbonma rcbt tdmdiau') == ['rcbt', 'dnbonma', 'tdmdiau']
assert task_sort_words('icdi eldsl tosbd iinsu rlni aeacarc mrcnt') == ['icdi', 'rlni', 'eldsl', 'iinsu', 'mrcnt', 'tosbd', 'aeacarc']
assert task_sort_words('boacm btlt iu') == ['iu', 'btlt', 'boacm']
assert task_sort_words('ult csrb bnelcbm muc ssstu em nrlals iualln leadc') == ['em', 'muc', 'ult', 'csrb', 'leadc', 'ssstu', 'iualln', 'nrlals', 'bnelcbm']
assert task_sort_words('midlcs dnec streii td ol due uecaiul luoonu') == ['ol', 'td', 'due', 'dnec', 'luoonu', 'midlcs', 'streii', 'uecaiul']
print("py055_sort_words ok")
