import re

def task_palindrome(s):
    t = re.sub(r"[^a-z0-9]", "", s.lower())
    return t == t[::-1]

assert task_palindrome('tzt') == True
assert task_palindrome('rsudeyedusr') == True
assert task_palindrome('iurdr tccic') == False
assert task_palindrome('trbxbrt') == True
assert task_palindrome('liis, SIIL!') == True
print("py083_palindrome ok")
