def task_brackets(s):
    pairs, stack = {")": "(", "]": "[", "}": "{"}, []
    for c in s:
        if c in "([{":
            stack.append(c)
        elif c in pairs:
            if not stack or stack.pop() != pairs[c]:
                return False
    return not stack

assert task_brackets('[{[[]]([][])({}())}[({}[]{})][{()}]][([[]{}]({}{}){()})({(){}}{()})]{[[()]{{}[]()}({})][{()()()}]}') == True
assert task_brackets('({]}(}}x}[}') == False
assert task_brackets('(x(]') == False
assert task_brackets('{[[()]]}(([[]{}()]{{}()}))') == True
assert task_brackets('{') == False
print("py016_brackets ok")
