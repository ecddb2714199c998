"""Rewrite dates from day/month/year to year-month-day."""
import re
import sys

for line in sys.stdin:
    print(re.sub(r"(\d+)/(\d+)/(\d+)", r"\3-\2-\1", line), end="")
