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

assert task_run_length('aabbabbbba') == 'a2b2a1b4a1'
assert task_run_length('aaaa') == 'a4'
assert task_run_length('baaa') == 'b1a3'
assert task_run_length('aaaaabaaa') == 'a5b1a3'
print("py028_run_length ok")
