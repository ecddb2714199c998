def task_caesar(s, shift):
    out = []
    for c in s:
        if c.islower():
            out.append(chr((ord(c) - 97 + shift) % 26 + 97))
        else:
            out.append(c)
    return "".join(out)

assert task_caesar('dmtsceb rnctduo', 7) == 'ktazjli yujakbv'
assert task_caesar('iclbutc ra coib itnln', -18) == 'qktjcbk zi kwqj qbvtv'
assert task_caesar('noisin', 24) == 'lmgqgl'
assert task_caesar('aleu ibnodd', 7) == 'hslb piuvkk'
print("py056_caesar ok")
