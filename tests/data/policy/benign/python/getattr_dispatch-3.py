class Calculator:
    def op_add(self, a, b):
        return a + b

    def op_mul(self, a, b):
        return a * b


def run(calc, name, a, b):
    return getattr(calc, "op_" + name)(a, b)


c = Calculator()
assert run(c, "add", 2, 9) == 2 + 9
assert run(c, "mul", 2, 9) == 2 * 9
print("ok")
