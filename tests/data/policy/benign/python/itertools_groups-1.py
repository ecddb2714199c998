import itertools

data = sorted(['delta', 'kappa', 'omega', 'beta', 'delta', 'zeta', 'iota'])
for k, g in itertools.groupby(data, key=lambda w: w[0]):
    print(k, list(g))
pairs = list(itertools.combinations(range(6), 2))
assert len(pairs) == 6 * (6 - 1) // 2
