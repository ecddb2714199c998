import operator


def do_algebra(ops, operands):
    """Evaluate operands joined by ops, with the usual precedence, without eval."""
    names = {"+": "add", "-": "sub", "*": "mul", "//": "floordiv", "**": "pow"}
    prec = {"+": 1, "-": 1, "*": 2, "//": 2, "**": 3}
    values = [operands[0]]
    stack = []

    def reduce_top():
        op = stack.pop()
        b, a = values.pop(), values.pop()
        values.append(getattr(operator, names[op])(a, b))

    for op, x in zip(ops, operands[1:]):
        while stack and (prec[stack[-1]] > prec[op] or
                         (prec[stack[-1]] == prec[op] and op != "**")):
            reduce_top()
        stack.append(op)
        values.append(x)
    while stack:
        reduce_top()
    return values[0]


assert do_algebra(["+", "*", "-"], [2, 3, 4, 5]) == 9
assert do_algebra(["**", "*", "+"], [2, 3, 4, 5]) == 37
assert do_algebra(["//", "*"], [7, 3, 4]) == 8
assert do_algebra(["**", "**"], [2, 3, 2]) == 512
print("do_algebra ok")
