def task_title_case(s):
    small = {"a", "an", "of", "the", "in", "on"}
    out = []
    for i, w in enumerate(s.split()):
        out.append(w if i and w in small else w[:1].upper() + w[1:].lower())
    return " ".join(out)

assert task_title_case('TON a mn DATIT') == 'Ton a Mn Datit'
assert task_title_case('cd a of the USOIB') == 'Cd a of the Usoib'
assert task_title_case('a sr') == 'A Sr'
print("py092_title_case ok")
