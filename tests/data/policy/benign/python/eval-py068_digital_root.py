def task_digital_root(n):
    while n >= 10:
        n = sum(int(d) for d in str(n))
    return n

assert task_digital_root(333619479048) == 3
assert task_digital_root(649995186572) == 8
assert task_digital_root(699480497393) == 8
assert task_digital_root(479783466633) == 3
assert task_digital_root(948604729219) == 7
print("py068_digital_root ok")
