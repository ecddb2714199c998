def task_primes_below(n):
    if n < 3:
        return []
    sieve = [True] * n
    sieve[0] = sieve[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if sieve[i]:
            sieve[i * i::i] = [False] * len(range(i * i, n, i))
    ps = [i for i, p in enumerate(sieve) if p]
    return [len(ps), ps[-3:]]

assert task_primes_below(1218) == [199, [1201, 1213, 1217]]
assert task_primes_below(9371) == [1158, [9341, 9343, 9349]]
assert task_primes_below(9531) == [1179, [9497, 9511, 9521]]
print("py035_primes_below ok")
