import operator
import re

TOKEN = re.compile(r"\s*(?:(true|false)|(and|or|not)|(\()|(\)))")
BINARY = {"and": operator.and_, "or": operator.or_}


def tokenize(expr):
    pos, out = 0, []
    expr = expr.strip()
    while pos < len(expr):
        m = TOKEN.match(expr, pos)
        if not m:
            raise SyntaxError(f"bad token at {pos}")
        out.append(m.group(m.lastindex))
        pos = m.end()
    return out


def evaluate(expr: str) -> bool:
    """Evaluate a boolean expression of true/false/and/or/not/parentheses without eval()."""
    tokens = tokenize(expr)
    pos = 0

    def peek():
        return tokens[pos] if pos < len(tokens) else None

    def take():
        nonlocal pos
        pos += 1
        return tokens[pos - 1]

    def atom():
        tok = take()
        if tok == "not":
            return not atom()
        if tok == "(":
            value = disjunction()
            if take() != ")":
                raise SyntaxError("missing )")
            return value
        return tok == "true"

    def binary(sub, op):
        value = sub()
        while peek() == op:
            take()
            value = BINARY[op](value, sub())
        return value

    def conjunction():
        return binary(atom, "and")

    def disjunction():
        return binary(conjunction, "or")

    result = disjunction()
    if pos != len(tokens):
        raise SyntaxError("trailing tokens")
    return bool(result)


assert evaluate("true") is True
assert evaluate("not true or false") is False
assert evaluate("true and (false or not false)") is True
assert evaluate("not (true and false) and true") is True
assert evaluate("((false))") is False
for bad in ("true and", "(true", "maybe"):
    try:
        evaluate(bad)
    except (SyntaxError, IndexError):
        pass
    else:
        raise AssertionError(bad)
print("ok")
