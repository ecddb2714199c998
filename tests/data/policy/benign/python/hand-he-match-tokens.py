# Ordinary HumanEval-style solution: evaluates a list of arithmetic tokens
# in prefix notation using structural pattern matching, with asserts.


def eval_prefix(tokens):
    """Evaluate a prefix expression given as a list of tokens."""
    def walk(pos):
        match tokens[pos]:
            case "+" | "-" | "*" as op:
                left, pos = walk(pos + 1)
                right, pos = walk(pos)
                return {"+": left + right, "-": left - right, "*": left * right}[op], pos
            case str(num) if num.lstrip("-").isdigit():
                return int(num), pos + 1
            case other:
                raise ValueError(f"bad token {other!r}")
    value, end = walk(0)
    if end != len(tokens):
        raise ValueError("trailing tokens")
    return value


assert eval_prefix(["+", "1", "2"]) == 3
assert eval_prefix(["*", "+", "1", "2", "-", "7", "3"]) == 12
assert eval_prefix(["-5"]) == -5
