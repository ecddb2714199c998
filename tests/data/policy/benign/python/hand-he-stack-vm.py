import operator


class StackVM:
    """Evaluate a program of tokens on a stack: numbers push, words are
    instructions dispatched to op_<word> methods."""

    BINARY = {"add": operator.add, "sub": operator.sub, "mul": operator.mul, "div": operator.floordiv}

    def __init__(self):
        self.stack = []

    def op_dup(self):
        self.stack.append(self.stack[-1])

    def op_swap(self):
        self.stack[-1], self.stack[-2] = self.stack[-2], self.stack[-1]

    def op_drop(self):
        self.stack.pop()

    def run(self, program):
        for token in program.split():
            if token.lstrip("-").isdigit():
                self.stack.append(int(token))
            elif token in self.BINARY:
                b, a = self.stack.pop(), self.stack.pop()
                self.stack.append(self.BINARY[token](a, b))
            else:
                handler = getattr(self, "op_" + token, None)
                if handler is None:
                    raise ValueError(f"unknown instruction {token!r}")
                handler()
        return self.stack


def evaluate(program):
    return StackVM().run(program)


def check(candidate):
    assert candidate("1 2 add") == [3]
    assert candidate("5 dup mul") == [25]
    assert candidate("7 3 swap sub") == [-4]
    assert candidate("9 2 div 4 drop") == [4]
    try:
        candidate("1 jump")
    except ValueError:
        pass
    else:
        raise AssertionError("expected ValueError")


check(evaluate)
