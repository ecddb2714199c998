import re

def task_regex_numbers(s):
    return sum(int(m) for m in re.findall(r"-?\d+", s))

assert task_regex_numbers('265 445 odu5 iicrb 632 msrbsc3 rdl 982') == 2332
assert task_regex_numbers('mo9 urn 371 882 ulcd crd oerb4 567') == 1833
assert task_regex_numbers('846 noloeo -25 621 275 464 644') == 2825
print("py033_regex_numbers ok")
