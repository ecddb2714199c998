def task_title_case(s):
    small = {"a", "an", "of", "the", "in", "on"}
    out = []
    for i, w in enumerate(s.split()):
        out.append(w if i and w in small else w[:1].upper() + w[1:].lower())
    return " ".join(out)

assert task_title_case('LSCEMM the of a the ARNBSBT') == 'Lscemm the of a the Arnbsbt'
assert task_title_case('DLIB of a') == 'Dlib of a'
assert task_title_case('of of the SSOEB of OLR of') == 'Of of the Ssoeb of Olr of'
assert task_title_case('BDMOL of suln of LNTSAO of') == 'Bdmol of Suln of Lntsao of'
assert task_title_case('of a of') == 'Of a of'
print("py097_title_case ok")
