import re

TOKEN = re.compile(r"\s*(?:(\d+\.?\d*)|(.))")


def evaluate(expr):
    """Recursive-descent evaluator for + - * / and parentheses (no eval)."""
    tokens = [(num, op) for num, op in TOKEN.findall(expr)]
    pos = 0

    def peek():
        return tokens[pos] if pos < len(tokens) else (None, None)

    def take():
        nonlocal pos
        pos += 1
        return tokens[pos - 1]

    def factor():
        num, op = take()
        if num:
            return float(num)
        if op == "-":
            return -factor()
        if op == "(":
            v = expr_()
            assert take()[1] == ")", "expected )"
            return v
        raise SyntaxError(f"unexpected {op!r}")

    def term():
        v = factor()
        while peek()[1] in ("*", "/"):
            op = take()[1]
            v = v * factor() if op == "*" else v / factor()
        return v

    def expr_():
        v = term()
        while peek()[1] in ("+", "-"):
            op = take()[1]
            v = v + term() if op == "+" else v - term()
        return v

    result = expr_()
    if pos != len(tokens):
        raise SyntaxError("trailing input")
    return result


assert evaluate("1 + 2 * 3") == 7
assert evaluate("(1 + 2) * 3") == 9
assert evaluate("-4 / (2 - 4)") == 2
assert evaluate("2 * (3 + (4 - 1)) / 3") == 4
try:
    evaluate("2 +")
except (SyntaxError, ValueError, IndexError):
    pass
else:
    raise AssertionError("should fail")
print("evaluate ok")
