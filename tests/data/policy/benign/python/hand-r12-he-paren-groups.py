# Ordinary program: HumanEval-style solution -- split balanced parenthesis
# groups, using a generator and exception for unbalanced input.
from typing import List


class Unbalanced(ValueError):
    pass


def _groups(s):
    depth, cur = 0, []
    for ch in s:
        if ch == " ":
            continue
        cur.append(ch)
        depth += 1 if ch == "(" else -1
        if depth < 0:
            raise Unbalanced(s)
        if depth == 0:
            yield "".join(cur)
            cur = []
    if depth:
        raise Unbalanced(s)


def separate_paren_groups(s: str) -> List[str]:
    return list(_groups(s))


assert separate_paren_groups("( ) (( )) (( )( ))") == ["()", "(())", "(()())"]
try:
    separate_paren_groups("(()")
except Unbalanced as e:
    assert e.args[0] == "(()"
else:
    raise AssertionError
