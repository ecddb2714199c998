def task_caesar(s, shift):
    out = []
    for c in s:
        if c.islower():
            out.append(chr((ord(c) - 97 + shift) % 26 + 97))
        else:
            out.append(c)
    return "".join(out)

assert task_caesar('obld clus lrt simalu', 27) == 'pcme dmvt msu tjnbmv'
assert task_caesar('eanl cse', -19) == 'lhus jzl'
assert task_caesar('usts bdeun', 14) == 'ighg prsib'
print("py015_caesar ok")
