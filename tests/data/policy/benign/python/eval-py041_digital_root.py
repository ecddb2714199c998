def task_digital_root(n):
    while n >= 10:
        n = sum(int(d) for d in str(n))
    return n

assert task_digital_root(64166210011) == 1
assert task_digital_root(584025240524) == 5
assert task_digital_root(596072514337) == 7
assert task_digital_root(315972159144) == 6
assert task_digital_root(73544201189) == 8
print("py041_digital_root ok")
