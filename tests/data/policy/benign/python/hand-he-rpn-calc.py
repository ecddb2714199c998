import operator

OPS = {
    "+": operator.add,
    "-": operator.sub,
    "*": operator.mul,
    "/": operator.truediv,
    "^": operator.pow,
}


def eval_rpn(expression: str) -> float:
    """Evaluate a reverse Polish expression such as "3 4 + 2 *" without eval()."""
    stack = []
    for token in expression.split():
        if token in OPS:
            if len(stack) < 2:
                raise ValueError("stack underflow")
            b, a = stack.pop(), stack.pop()
            stack.append(OPS[token](a, b))
        else:
            stack.append(float(token))
    if len(stack) != 1:
        raise ValueError("malformed expression")
    return stack[0]


def check(candidate):
    assert candidate("3 4 +") == 7
    assert candidate("3 4 + 2 *") == 14
    assert candidate("2 3 ^") == 8
    assert candidate("10 4 /") == 2.5
    assert candidate("5 1 2 + 4 * + 3 -") == 14
    for bad in ["+", "1 2", ""]:
        try:
            candidate(bad)
        except ValueError:
            continue
        raise AssertionError(bad)


check(eval_rpn)
