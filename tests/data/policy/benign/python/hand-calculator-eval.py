"""A calculator that evaluates an expression built from two lists, the
way a programming exercise asks for it, with the exercise's checks."""


def evaluate(operators, operands):
    """Builds operands[0] op[0] operands[1] op[1] ... and evaluates it with
    Python's own precedence (** before * and //, before + and -)."""
    if len(operators) != len(operands) - 1:
        raise ValueError("need one operator fewer than operands")
    expression = str(operands[0])
    for op, value in zip(operators, operands[1:]):
        expression += " " + op + " " + str(value)
    return eval(expression)


def check(candidate):
    assert candidate(["**", "*", "+"], [2, 3, 4, 5]) == 37
    assert candidate(["+", "*", "-"], [2, 3, 4, 5]) == 9
    assert candidate(["//", "*"], [7, 3, 4]) == 8
    assert candidate(["-"], [10, 4]) == 6
    try:
        candidate(["+"], [1])
    except ValueError:
        pass
    else:
        raise AssertionError("a missing operand must be refused")


check(evaluate)
print("ok")
