import csv
import io
import statistics

DATA = """name,dept,salary
gamma,ops,63000
delta,sales,37000
sigma,ops,55000
sigma,ops,36000
alpha,ops,45000
eta,ops,75000"""

by_dept = {}
for row in csv.DictReader(io.StringIO(DATA)):
    by_dept.setdefault(row["dept"], []).append(int(row["salary"]))
for dept, values in sorted(by_dept.items()):
    print(dept, len(values), statistics.mean(values), max(values))
assert sum(len(v) for v in by_dept.values()) == 6
