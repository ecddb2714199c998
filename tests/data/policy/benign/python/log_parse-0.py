import re
from datetime import datetime

LOG = """2026-01-01 10:00:00 ERROR lambda happened
2026-01-02 10:01:00 WARN omega happened
2026-01-03 10:02:00 WARN gamma happened"""
pat = re.compile(r"^(\S+ \S+) (INFO|WARN|ERROR) (.*)$")
errors = []
for line in LOG.splitlines():
    m = pat.match(line)
    if m and m.group(2) == "ERROR":
        errors.append((datetime.strptime(m.group(1), "%Y-%m-%d %H:%M:%S"), m.group(3)))
for when, msg in errors:
    print(when.isoformat(), msg)
assert len(errors) == 1
