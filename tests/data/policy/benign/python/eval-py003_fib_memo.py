from functools import lru_cache

@lru_cache(maxsize=None)
def task_fib_memo(n):
    return n if n < 2 else (task_fib_memo(n - 1) + task_fib_memo(n - 2)) % 1048576

assert task_fib_memo(306) == 54168
assert task_fib_memo(127) == 827421
assert task_fib_memo(247) == 932141
assert task_fib_memo(308) == 288173
print("py003_fib_memo ok")
