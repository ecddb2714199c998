def task_title_case(s):
    small = {"a", "an", "of", "the", "in", "on"}
    out = []
    for i, w in enumerate(s.split()):
        out.append(w if i and w in small else w[:1].upper() + w[1:].lower())
    return " ".join(out)

assert task_title_case('of a') == 'Of a'
assert task_title_case('a of bece') == 'A of Bece'
assert task_title_case('NURNBNO ESDUOEI the') == 'Nurnbno Esduoei the'
print("py048_title_case ok")
