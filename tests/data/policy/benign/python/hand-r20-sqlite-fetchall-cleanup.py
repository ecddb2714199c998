"""Ask the state database which build directory to reset."""
import shutil
import sqlite3

con = sqlite3.connect(":memory:")
rows = con.execute("SELECT 'build' || char(47) || 'tmp'").fetchall()
shutil.rmtree(rows[0][0], ignore_errors=True)
