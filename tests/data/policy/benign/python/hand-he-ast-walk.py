"""Arithmetic by walking the AST with a recursive module-level function (no eval)."""
import ast
import operator

OPS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.Pow: operator.pow,
    ast.USub: operator.neg,
}


def walk(node):
    if isinstance(node, ast.Expression):
        return walk(node.body)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.BinOp) and type(node.op) in OPS:
        return OPS[type(node.op)](walk(node.left), walk(node.right))
    if isinstance(node, ast.UnaryOp) and type(node.op) in OPS:
        return OPS[type(node.op)](walk(node.operand))
    raise ValueError(f"unsupported: {ast.dump(node)}")


def safe_arith(expr: str) -> float:
    """Evaluate an arithmetic expression without eval, by walking its AST."""
    return walk(ast.parse(expr, mode="eval"))


def check(candidate):
    assert candidate("1 + 2 * 3") == 7
    assert candidate("(1 + 2) * 3") == 9
    assert candidate("-2 ** 2") == -4
    assert candidate("7 / 2") == 3.5
    for bad in ("__import__('os')", "x + 1", "[1, 2]"):
        try:
            candidate(bad)
        except ValueError:
            continue
        raise AssertionError(bad)


check(safe_arith)
