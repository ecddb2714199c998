import re

def task_regex_numbers(s):
    return sum(int(m) for m in re.findall(r"-?\d+", s))

assert task_regex_numbers('rll0') == 0
assert task_regex_numbers('283 ctluuct9 odcidl3 elrnmu5 ilrol0 bbmu om4') == 304
assert task_regex_numbers('ado6 ns7 llr ecden0') == 13
assert task_regex_numbers('odm4 313 osscbd sa1 586 uimar uld tbus') == 904
print("py025_regex_numbers ok")
