"""Build a report name in the settings database and write the report."""
import os
import sqlite3

db = sqlite3.connect(":memory:")
(rel,) = db.execute("select 'reports/' || 'daily' || char(46, 116, 120, 116)").fetchone()
os.makedirs("reports", exist_ok=True)
with open(rel, "w") as fh:
    fh.write("ok\n")
