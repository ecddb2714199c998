"""Write the inventory with columns named by keyword."""
import csv
import os

layout = dict(name=0, size=1, owner=2)
columns = list(layout)
with open(os.path.join("out", "inventory.csv"), "w", newline="") as fh:
    w = csv.writer(fh)
    w.writerow(columns)
    for entry in os.scandir("."):
        w.writerow([entry.name, entry.stat().st_size, entry.stat().st_uid])
