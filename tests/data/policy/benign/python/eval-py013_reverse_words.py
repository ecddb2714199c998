def task_reverse_words(s):
    return " ".join(reversed(s.split()))

assert task_reverse_words('mirss ecdac eoc cl') == 'cl eoc ecdac mirss'
assert task_reverse_words('rioto mn rbr blia ei ecsl cnm') == 'cnm ecsl ei blia rbr mn rioto'
assert task_reverse_words('lssi rntdd nr tmaetc') == 'tmaetc nr rntdd lssi'
assert task_reverse_words('bneed io sb iaa bidlc ioiul') == 'ioiul bidlc iaa sb io bneed'
assert task_reverse_words('ruttmbs in') == 'in ruttmbs'
print("py013_reverse_words ok")
