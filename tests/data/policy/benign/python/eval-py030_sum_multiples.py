def task_sum_multiples(n):
    return sum(i for i in range(n) if i % 3 == 0 or i % 7 == 0)

assert task_sum_multiples(2152) == 992842
assert task_sum_multiples(76) == 1234
assert task_sum_multiples(2657) == 1512214
assert task_sum_multiples(1429) == 437682
assert task_sum_multiples(2028) == 880009
print("py030_sum_multiples ok")
