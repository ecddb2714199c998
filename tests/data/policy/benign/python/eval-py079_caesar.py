def task_caesar(s, shift):
    out = []
    for c in s:
        if c.islower():
            out.append(chr((ord(c) - 97 + shift) % 26 + 97))
        else:
            out.append(c)
    return "".join(out)

assert task_caesar('obib', 23) == 'lyfy'
assert task_caesar('bbun idssr iaameas', 11) == 'mmfy toddc tllxpld'
assert task_caesar('idim canatu ccsucn ad', 17) == 'zuzd trerkl ttjlte ru'
print("py079_caesar ok")
