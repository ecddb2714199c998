import json
import sys

records = json.loads('[{"id": 0, "items": [3, 7]}, {"id": 1, "items": [9, 4, 2]}, {"id": 2, "items": [8]}, {"id": 3, "items": [1, 4]}, {"id": 4, "items": []}, {"id": 5, "items": [9]}]')
out = [{"id": r["id"], "total": sum(r["items"])} for r in records if r["items"]]
json.dump(out, sys.stdout, indent=2)
print()
assert len(out) <= 6
