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

assert task_run_length('aaaabbbaaaa') == 'a4b3a4'
assert task_run_length('bbaaaaaaaabbb') == 'b2a8b3'
assert task_run_length('aaaaabbb') == 'a5b3'
print("py044_run_length ok")
