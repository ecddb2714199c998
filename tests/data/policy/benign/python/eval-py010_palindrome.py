import re

def task_palindrome(s):
    t = re.sub(r"[^a-z0-9]", "", s.lower())
    return t == t[::-1]

assert task_palindrome('duminynimud') == True
assert task_palindrome('at, TA!') == True
assert task_palindrome('exe') == True
print("py010_palindrome ok")
