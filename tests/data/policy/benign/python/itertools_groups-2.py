import itertools

data = sorted(['zeta', 'sigma', 'gamma'])
for k, g in itertools.groupby(data, key=lambda w: w[0]):
    print(k, list(g))
pairs = list(itertools.combinations(range(8), 2))
assert len(pairs) == 8 * (8 - 1) // 2
