from collections import Counter

def task_word_freq(s):
    c = Counter(s.split())
    return sorted([w, n] for w, n in c.items() if n >= 3)

assert task_word_freq('dcu aa ab cd gh ef cd') == []
assert task_word_freq('ab ab ef ef ab ab ol') == [['ab', 4]]
assert task_word_freq('gh cd cd ab cd cd gh ef ab adb ab ru ef ef bmr ef cd') == [['ab', 3], ['cd', 5], ['ef', 4]]
assert task_word_freq('cd cd cd cd cd ef ef oed gh cd gh ef ef uic ab ef lie ab cd ul') == [['cd', 7], ['ef', 5]]
assert task_word_freq('gh cd ab cd') == []
print("py078_word_freq ok")
