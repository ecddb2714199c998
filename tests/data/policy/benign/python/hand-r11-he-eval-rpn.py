# HumanEval-style solution: evaluate a Reverse Polish Notation expression with an
# operator table of functions (no eval), with asserts.
import operator
from typing import List

OPS = {
    "+": operator.add,
    "-": operator.sub,
    "*": operator.mul,
    "/": lambda a, b: int(a / b),
}


def eval_rpn(tokens: List[str]) -> int:
    stack = []
    for tok in tokens:
        if tok in OPS:
            b, a = stack.pop(), stack.pop()
            stack.append(OPS[tok](a, b))
        else:
            stack.append(int(tok))
    return stack[0]


def check(candidate):
    assert candidate(["2", "1", "+", "3", "*"]) == 9
    assert candidate(["4", "13", "5", "/", "+"]) == 6
    assert candidate(["10", "6", "9", "3", "+", "-11", "*", "/", "*", "17", "+", "5", "+"]) == 22
    assert candidate(["7"]) == 7


check(eval_rpn)
