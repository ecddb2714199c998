from collections import Counter

def task_word_freq(s):
    c = Counter(s.split())
    return sorted([w, n] for w, n in c.items() if n >= 2)

assert task_word_freq('cd ef cd rco gh cd ef cal ef utm ab cd ef gh ef ef cd cd ca ef gh ab gh') == [['ab', 2], ['cd', 6], ['ef', 7], ['gh', 4]]
assert task_word_freq('cd gh lmu rc gh ab bs ab ab ab ef mt oon gh cd ab cd ab ui lon cd gh cd ef ef') == [['ab', 6], ['cd', 5], ['ef', 3], ['gh', 4]]
assert task_word_freq('ab cd ri gh dc stc at gh gh gh sn gh ef cd cd gh ab ab ab') == [['ab', 4], ['cd', 3], ['gh', 6]]
assert task_word_freq('ef ef ef cd gh ab lcu ef ab lri ab itu gh gh gh ef ef gh bo gh ab cd ab') == [['ab', 5], ['cd', 2], ['ef', 6], ['gh', 6]]
assert task_word_freq('isl ef gh gh gh ef ab ef ab ab us ab gh ef cd nr ab') == [['ab', 5], ['ef', 4], ['gh', 4]]
print("py022_word_freq ok")
