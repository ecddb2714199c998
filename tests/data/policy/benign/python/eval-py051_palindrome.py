import re

def task_palindrome(s):
    t = re.sub(r"[^a-z0-9]", "", s.lower())
    return t == t[::-1]

assert task_palindrome('ea sass ddr') == False
assert task_palindrome('nmam, MAMN!') == True
assert task_palindrome('bis, SIB!') == True
assert task_palindrome('rlrdd') == False
assert task_palindrome('lsl, LSL!') == True
print("py051_palindrome ok")
