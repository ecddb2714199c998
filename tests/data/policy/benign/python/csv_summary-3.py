import csv
import io
import statistics

DATA = """name,dept,salary
gamma,eng,57000
lambda,sales,73000
iota,sales,62000"""

by_dept = {}
for row in csv.DictReader(io.StringIO(DATA)):
    by_dept.setdefault(row["dept"], []).append(int(row["salary"]))
for dept, values in sorted(by_dept.items()):
    print(dept, len(values), statistics.mean(values), max(values))
assert sum(len(v) for v in by_dept.values()) == 3
