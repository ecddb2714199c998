"""Upload report files listed in a manifest."""
import csv
import io
import os
import urllib.request

MANIFEST = """name,dir,file
summary,reports,summary.json
"""

for row in csv.DictReader(io.StringIO(MANIFEST)):
    full = os.path.join(os.getcwd(), row["dir"], row["file"])
    with open(full, "rb") as fh:
        urllib.request.urlopen("https://reports.example.com/" + row["name"], data=fh.read())
