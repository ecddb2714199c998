import functools


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


lookup = functools.lru_cache(maxsize=128)(str.upper)
print(fib(40), lookup("abc"))
