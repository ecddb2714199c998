def task_title_case(s):
    small = {"a", "an", "of", "the", "in", "on"}
    out = []
    for i, w in enumerate(s.split()):
        out.append(w if i and w in small else w[:1].upper() + w[1:].lower())
    return " ".join(out)

assert task_title_case('of the the ndcacdi') == 'Of the the Ndcacdi'
assert task_title_case('CUBTO the a EARA of') == 'Cubto the a Eara of'
assert task_title_case('ME RCOE the NLUETE it a NCILMM') == 'Me Rcoe the Nluete It a Ncilmm'
assert task_title_case('a a RCUNU a a') == 'A a Rcunu a a'
print("py026_title_case ok")
