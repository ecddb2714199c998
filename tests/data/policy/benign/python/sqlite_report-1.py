import sqlite3

db = sqlite3.connect(":memory:")
db.execute("CREATE TABLE sales (region TEXT, amount INTEGER)")
db.executemany("INSERT INTO sales VALUES (?, ?)", [('n', 9), ('e', 53), ('n', 44)])
for region, total in db.execute("SELECT region, SUM(amount) FROM sales GROUP BY region ORDER BY region"):
    print(region, total)
(n,) = db.execute("SELECT COUNT(*) FROM sales").fetchone()
assert n == 3
