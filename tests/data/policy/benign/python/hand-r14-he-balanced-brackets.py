# Ordinary: HumanEval-style solution -- whether a string's brackets are
# balanced, and the length of its longest balanced run, with asserts.
def is_balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in s:
        if ch in "([{":
            stack.append(ch)
        elif ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                return False
    return not stack


def longest_valid_parens(s):
    best, stack = 0, [-1]
    for i, ch in enumerate(s):
        if ch == "(":
            stack.append(i)
        else:
            stack.pop()
            if not stack:
                stack.append(i)
            else:
                best = max(best, i - stack[-1])
    return best


assert is_balanced("{[()()]}")
assert not is_balanced("([)]")
assert not is_balanced("((")
assert longest_valid_parens(")()())") == 4
assert longest_valid_parens("") == 0
