import itertools

data = sorted(['iota', 'omega', 'sigma', 'gamma', 'omega', 'alpha', 'alpha'])
for k, g in itertools.groupby(data, key=lambda w: w[0]):
    print(k, list(g))
pairs = list(itertools.combinations(range(7), 2))
assert len(pairs) == 7 * (7 - 1) // 2
