"""Evaluate an arithmetic expression with + - * / ^ and parentheses without
eval: tokenise, convert to RPN with the shunting-yard algorithm, reduce."""
import operator
import re

OPS = {"+": (1, "L", operator.add), "-": (1, "L", operator.sub),
       "*": (2, "L", operator.mul), "/": (2, "L", operator.truediv),
       "^": (3, "R", operator.pow)}
TOKEN = re.compile(r"\s*(\d+\.?\d*|[-+*/^()])")


def tokenize(expr):
    pos, out = 0, []
    while pos < len(expr.rstrip()):
        m = TOKEN.match(expr, pos)
        if not m:
            raise SyntaxError(f"bad input at {pos}")
        out.append(m.group(1))
        pos = m.end()
    return out


def to_rpn(tokens):
    out, stack = [], []
    for tok in tokens:
        if tok in OPS:
            p, assoc, _ = OPS[tok]
            while stack and stack[-1] in OPS:
                q = OPS[stack[-1]][0]
                if q > p or (q == p and assoc == "L"):
                    out.append(stack.pop())
                else:
                    break
            stack.append(tok)
        elif tok == "(":
            stack.append(tok)
        elif tok == ")":
            while stack[-1] != "(":
                out.append(stack.pop())
            stack.pop()
        else:
            out.append(float(tok))
    return out + stack[::-1]


def evaluate(expr):
    stack = []
    for item in to_rpn(tokenize(expr)):
        if isinstance(item, float):
            stack.append(item)
        else:
            b, a = stack.pop(), stack.pop()
            stack.append(OPS[item][2](a, b))
    (result,) = stack
    return result


assert evaluate("1 + 2 * 3") == 7
assert evaluate("(1 + 2) * 3") == 9
assert evaluate("2 ^ 3 ^ 2") == 512
assert evaluate("10 / 4 - 1") == 1.5
assert evaluate("((7))") == 7
