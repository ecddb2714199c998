import sys
from collections import Counter

calls = Counter()

def tracer(frame, event, arg):
    if event == "call":
        calls[frame.f_code.co_name] += 1
    return None

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

sys.settrace(tracer)
fib(15)
sys.settrace(None)
print(calls.most_common(3))
