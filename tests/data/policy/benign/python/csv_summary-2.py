import csv
import io
import statistics

DATA = """name,dept,salary
theta,ops,54000
omega,ops,90000
zeta,ops,59000
beta,sales,46000
delta,eng,41000
gamma,eng,83000"""

by_dept = {}
for row in csv.DictReader(io.StringIO(DATA)):
    by_dept.setdefault(row["dept"], []).append(int(row["salary"]))
for dept, values in sorted(by_dept.items()):
    print(dept, len(values), statistics.mean(values), max(values))
assert sum(len(v) for v in by_dept.values()) == 6
