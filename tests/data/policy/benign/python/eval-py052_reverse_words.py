def task_reverse_words(s):
    return " ".join(reversed(s.split()))

assert task_reverse_words('ub ibsdi anrrecc iealous daslad eclm couus') == 'couus eclm daslad iealous anrrecc ibsdi ub'
assert task_reverse_words('omsn clntr tbi sd ol') == 'ol sd tbi clntr omsn'
assert task_reverse_words('tmsorsa ste') == 'ste tmsorsa'
print("py052_reverse_words ok")
