def task_sum_multiples(n):
    return sum(i for i in range(n) if i % 5 == 0 or i % 7 == 0)

assert task_sum_multiples(915) == 130585
assert task_sum_multiples(488) == 37485
assert task_sum_multiples(1236) == 240122
print("py061_sum_multiples ok")
