def task_digital_root(n):
    while n >= 10:
        n = sum(int(d) for d in str(n))
    return n

assert task_digital_root(186380176591) == 1
assert task_digital_root(700323262907) == 5
assert task_digital_root(961600137578) == 8
assert task_digital_root(362590078794) == 6
print("py093_digital_root ok")
