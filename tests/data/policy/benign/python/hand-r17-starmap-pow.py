import itertools

for v in itertools.starmap(pow, [(2, 5), (3, 2)]):
    print(v)
