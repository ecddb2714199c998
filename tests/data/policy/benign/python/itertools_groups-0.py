import itertools

data = sorted(['kappa', 'lambda', 'gamma'])
for k, g in itertools.groupby(data, key=lambda w: w[0]):
    print(k, list(g))
pairs = list(itertools.combinations(range(4), 2))
assert len(pairs) == 4 * (4 - 1) // 2
