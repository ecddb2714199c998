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

assert task_primes_below(17706) == [2032, [17659, 17669, 17681, 17683]]
assert task_primes_below(14954) == [1751, [14929, 14939, 14947, 14951]]
assert task_primes_below(5703) == [751, [5683, 5689, 5693, 5701]]
assert task_primes_below(9035) == [1122, [9007, 9011, 9013, 9029]]
assert task_primes_below(6584) == [852, [6569, 6571, 6577, 6581]]
print("py008_primes_below ok")
