import re

def task_regex_numbers(s):
    return sum(int(m) for m in re.findall(r"-?\d+", s))

assert task_regex_numbers('toda tboros5 672 ocs 793 nmio6 uub9') == 1485
assert task_regex_numbers('at sr dsisor') == 0
assert task_regex_numbers('rrrt mucoid nbbissn') == 0
print("py086_regex_numbers ok")
