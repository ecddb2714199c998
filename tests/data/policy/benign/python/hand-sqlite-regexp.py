"""Load a CSV of log lines into SQLite and query it with a REGEXP function
registered from Python."""
import csv
import io
import re
import sqlite3

DATA = """ts,level,message
2024-01-01T10:00:00,INFO,server started on port 8080
2024-01-01T10:00:05,WARN,slow request /api/items took 1200ms
2024-01-01T10:01:00,ERROR,database timeout after 30s
2024-01-01T10:02:00,INFO,request /api/items took 35ms
2024-01-01T10:03:00,ERROR,upstream 502 from /api/pay
"""


def regexp(pattern, value):
    if value is None:
        return False
    return re.search(pattern, value) is not None


def duration_ms(message):
    m = re.search(r"took (\d+)ms", message or "")
    return int(m.group(1)) if m else None


def load(con):
    con.execute("CREATE TABLE logs (ts TEXT, level TEXT, message TEXT)")
    rows = list(csv.DictReader(io.StringIO(DATA)))
    con.executemany("INSERT INTO logs VALUES (:ts, :level, :message)", rows)
    return len(rows)


def main():
    con = sqlite3.connect(":memory:")
    con.create_function("REGEXP", 2, regexp, deterministic=True)
    con.create_function("duration_ms", 1, duration_ms)
    print("loaded", load(con), "rows")
    for ts, msg in con.execute("SELECT ts, message FROM logs WHERE message REGEXP ?", (r"/api/\w+",)):
        print(ts, msg)
    slow = con.execute("SELECT message FROM logs WHERE duration_ms(message) > 1000").fetchall()
    assert slow == [("slow request /api/items took 1200ms",)], slow
    errors = con.execute("SELECT COUNT(*) FROM logs WHERE level = 'ERROR'").fetchone()[0]
    assert errors == 2
    con.close()


if __name__ == "__main__":
    main()
