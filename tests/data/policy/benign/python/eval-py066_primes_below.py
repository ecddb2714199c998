def task_primes_below(n):
    if n < 3:
        return []
    sieve = [True] * n
    sieve[0] = sieve[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if sieve[i]:
            sieve[i * i::i] = [False] * len(range(i * i, n, i))
    ps = [i for i, p in enumerate(sieve) if p]
    return [len(ps), ps[-2:]]

assert task_primes_below(4275) == [587, [4271, 4273]]
assert task_primes_below(6724) == [867, [6709, 6719]]
assert task_primes_below(14940) == [1749, [14929, 14939]]
print("py066_primes_below ok")
