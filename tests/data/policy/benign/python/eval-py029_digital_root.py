def task_digital_root(n):
    while n >= 10:
        n = sum(int(d) for d in str(n))
    return n

assert task_digital_root(211373604183) == 3
assert task_digital_root(189651974831) == 8
assert task_digital_root(733752790271) == 8
assert task_digital_root(928380882072) == 3
print("py029_digital_root ok")
