from functools import lru_cache

@lru_cache(maxsize=None)
def task_fib_memo(n):
    return n if n < 2 else (task_fib_memo(n - 1) + task_fib_memo(n - 2)) % 999983

assert task_fib_memo(256) == 683727
assert task_fib_memo(39) == 247057
assert task_fib_memo(279) == 331007
assert task_fib_memo(211) == 228766
assert task_fib_memo(140) == 710500
print("py071_fib_memo ok")
