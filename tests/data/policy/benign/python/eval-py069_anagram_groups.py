from collections import defaultdict

def task_anagram_groups(ws):
    g = defaultdict(list)
    for w in ws:
        g["".join(sorted(w))].append(w)
    return sorted(sorted(v) for v in g.values() if len(v) > 1)

assert task_anagram_groups(['listen', 'evil', 'stone', 'listen', 'eostn', 'rta', 'ilev', 'tyusd']) == [['eostn', 'stone'], ['evil', 'ilev'], ['listen', 'listen']]
assert task_anagram_groups(['sduty', 'listen', 'listen', 'eliv']) == [['listen', 'listen']]
assert task_anagram_groups(['stone', 'dyust', 'rat', 'evil', 'evil', 'rat', 'stone', 'ielv', 'listen']) == [['evil', 'evil', 'ielv'], ['rat', 'rat'], ['stone', 'stone']]
assert task_anagram_groups(['dusty', 'yudts']) == [['dusty', 'yudts']]
print("py069_anagram_groups ok")
