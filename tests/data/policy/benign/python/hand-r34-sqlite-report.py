"""Count the orders per customer in the shop's database."""
import sqlite3
from pathlib import Path

db = Path("data") / "shop.db"
rows = sqlite3.connect(db).execute("SELECT customer, COUNT(*) FROM orders GROUP BY customer").fetchall()
for customer, n in rows:
    print(customer, n)
