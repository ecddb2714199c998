import json
import sys

records = json.loads('[{"id": 0, "items": [4, 4, 6]}, {"id": 1, "items": [3]}, {"id": 2, "items": []}, {"id": 3, "items": [8, 9, 2]}, {"id": 4, "items": [8, 2]}, {"id": 5, "items": [2, 0, 4]}, {"id": 6, "items": []}, {"id": 7, "items": [5, 3, 5]}]')
out = [{"id": r["id"], "total": sum(r["items"])} for r in records if r["items"]]
json.dump(out, sys.stdout, indent=2)
print()
assert len(out) <= 8
