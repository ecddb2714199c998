def task_run_length(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(s[i] + str(j - i))
        i = j
    return "".join(out)

assert task_run_length('aaabaaaaaa') == 'a3b1a6'
assert task_run_length('aabbbb') == 'a2b4'
assert task_run_length('bbbaaa') == 'b3a3'
assert task_run_length('aaaaaaaaaaaaaaa') == 'a15'
assert task_run_length('abaaaaabba') == 'a1b1a5b2a1'
print("py087_run_length ok")
