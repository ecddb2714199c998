def task_primes_below(n):
    if n < 3:
        return []
    sieve = [True] * n
    sieve[0] = sieve[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if sieve[i]:
            sieve[i * i::i] = [False] * len(range(i * i, n, i))
    ps = [i for i, p in enumerate(sieve) if p]
    return [len(ps), ps[-4:]]

assert task_primes_below(8989) == [1116, [8951, 8963, 8969, 8971]]
assert task_primes_below(49) == [15, [37, 41, 43, 47]]
assert task_primes_below(4877) == [652, [4817, 4831, 4861, 4871]]
print("py098_primes_below ok")
