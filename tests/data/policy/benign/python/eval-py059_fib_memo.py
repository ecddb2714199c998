from functools import lru_cache

@lru_cache(maxsize=None)
def task_fib_memo(n):
    return n if n < 2 else (task_fib_memo(n - 1) + task_fib_memo(n - 2)) % 65521

assert task_fib_memo(272) == 29324
assert task_fib_memo(214) == 12594
assert task_fib_memo(170) == 1886
assert task_fib_memo(175) == 48850
assert task_fib_memo(74) == 60242
print("py059_fib_memo ok")
