from collections import defaultdict

def task_anagram_groups(ws):
    g = defaultdict(list)
    for w in ws:
        g["".join(sorted(w))].append(w)
    return sorted(sorted(v) for v in g.values() if len(v) > 1)

assert task_anagram_groups(['evil', 'listen', 'dusty', 'nesot', 'art']) == []
assert task_anagram_groups(['lensti', 'stone', 'stone', 'dsytu', 'estlin', 'ydust', 'evil', 'evil']) == [['dsytu', 'ydust'], ['estlin', 'lensti'], ['evil', 'evil'], ['stone', 'stone']]
assert task_anagram_groups(['tra', 'stone', 'listen']) == []
assert task_anagram_groups(['rta', 'stone', 'listen']) == []
assert task_anagram_groups(['stone', 'veil', 'evil', 'evil']) == [['evil', 'evil', 'veil']]
print("py053_anagram_groups ok")
