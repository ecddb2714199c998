import re
from datetime import datetime

LOG = """2026-01-01 10:00:00 ERROR zeta happened
2026-01-02 10:01:00 INFO sigma happened
2026-01-03 10:02:00 INFO lambda happened
2026-01-04 10:03:00 WARN theta happened
2026-01-05 10:04:00 ERROR omega happened"""
pat = re.compile(r"^(\S+ \S+) (INFO|WARN|ERROR) (.*)$")
errors = []
for line in LOG.splitlines():
    m = pat.match(line)
    if m and m.group(2) == "ERROR":
        errors.append((datetime.strptime(m.group(1), "%Y-%m-%d %H:%M:%S"), m.group(3)))
for when, msg in errors:
    print(when.isoformat(), msg)
assert len(errors) == 2
