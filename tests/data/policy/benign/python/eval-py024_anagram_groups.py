from collections import defaultdict

def task_anagram_groups(ws):
    g = defaultdict(list)
    for w in ws:
        g["".join(sorted(w))].append(w)
    return sorted(sorted(v) for v in g.values() if len(v) > 1)

assert task_anagram_groups(['listen', 'evil', 'otnse', 'stone']) == [['otnse', 'stone']]
assert task_anagram_groups(['listen', 'rat', 'levi', 'tnsoe', 'listen']) == [['listen', 'listen']]
assert task_anagram_groups(['rat', 'sydtu', 'rat', 'nelsti', 'stone', 'ivle', 'listen']) == [['listen', 'nelsti'], ['rat', 'rat']]
assert task_anagram_groups(['ntseo', 'entlsi', 'listen', 'listen', 'stone', 'tosen', 'stone', 'dusty']) == [['entlsi', 'listen', 'listen'], ['ntseo', 'stone', 'stone', 'tosen']]
print("py024_anagram_groups ok")
