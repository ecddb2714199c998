from collections import Counter

def task_word_freq(s):
    c = Counter(s.split())
    return sorted([w, n] for w, n in c.items() if n >= 3)

assert task_word_freq('ef ef cd gh cd') == []
assert task_word_freq('cd gh cd gh gh clr cd cd ab cd') == [['cd', 5], ['gh', 3]]
assert task_word_freq('ab cd gh cd ef ef gh') == []
print("py057_word_freq ok")
