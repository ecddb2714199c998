class Calculator:
    def op_add(self, a, b):
        return a + b

    def op_mul(self, a, b):
        return a * b


def run(calc, name, a, b):
    return getattr(calc, "op_" + name)(a, b)


c = Calculator()
assert run(c, "add", 6, 9) == 6 + 9
assert run(c, "mul", 6, 9) == 6 * 9
print("ok")
