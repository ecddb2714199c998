def task_sort_words(s):
    return sorted(set(s.split()), key=lambda w: (len(w), w))

assert task_sort_words('dau bnlsnm iaisnr drm ade') == ['ade', 'dau', 'drm', 'bnlsnm', 'iaisnr']
assert task_sort_words('domtt liiiml esndacd boiard sot isdi cdo ae') == ['ae', 'cdo', 'sot', 'isdi', 'domtt', 'boiard', 'liiiml', 'esndacd']
assert task_sort_words('imeota maanau recl usoacc oa msubu') == ['oa', 'recl', 'msubu', 'imeota', 'maanau', 'usoacc']
assert task_sort_words('sdidnc ocaebc ieiid ibs mndrl ror mobmbuc nlbcnns') == ['ibs', 'ror', 'ieiid', 'mndrl', 'ocaebc', 'sdidnc', 'mobmbuc', 'nlbcnns']
print("py088_sort_words ok")
