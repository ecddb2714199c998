def task_sum_multiples(n):
    return sum(i for i in range(n) if i % 3 == 0 or i % 7 == 0)

assert task_sum_multiples(2744) == 1612102
assert task_sum_multiples(1533) == 502824
assert task_sum_multiples(2330) == 1163169
assert task_sum_multiples(1319) == 373089
print("py070_sum_multiples ok")
