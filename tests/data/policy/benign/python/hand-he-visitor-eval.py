from dataclasses import dataclass


@dataclass
class Num:
    value: float


@dataclass
class BinOp:
    op: str
    left: object
    right: object


@dataclass
class Neg:
    operand: object


class Evaluator:
    """Evaluate an expression tree; each node type has a visit_<Type> method
    found with getattr, as ast.NodeVisitor does."""

    def visit(self, node):
        method = getattr(self, "visit_" + type(node).__name__, None)
        if method is None:
            raise TypeError(f"cannot evaluate {type(node).__name__}")
        return method(node)

    def visit_Num(self, node):
        return node.value

    def visit_Neg(self, node):
        return -self.visit(node.operand)

    def visit_BinOp(self, node):
        a, b = self.visit(node.left), self.visit(node.right)
        return {"+": a + b, "-": a - b, "*": a * b}.get(node.op) if node.op != "/" else a / b


def evaluate(tree):
    return Evaluator().visit(tree)


def check(candidate):
    assert candidate(Num(3)) == 3
    assert candidate(BinOp("+", Num(1), Num(2))) == 3
    assert candidate(BinOp("*", Neg(Num(2)), BinOp("-", Num(5), Num(1)))) == -8
    assert candidate(BinOp("/", Num(9), Num(3))) == 3
    try:
        candidate("x")
    except TypeError:
        pass
    else:
        raise AssertionError("expected TypeError")


check(evaluate)
