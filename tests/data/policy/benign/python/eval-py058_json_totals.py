import json

def task_json_totals(text):
    orders = json.loads(text)
    totals = {}
    for o in orders:
        totals[o["who"]] = totals.get(o["who"], 0) + o["qty"] * o["cents"]
    return json.dumps(sorted(totals.items()))

assert task_json_totals('[{"who": "cy", "qty": 5, "cents": 215}, {"who": "cy", "qty": 4, "cents": 237}, {"who": "bob", "qty": 2, "cents": 770}, {"who": "cy", "qty": 2, "cents": 102}, {"who": "bob", "qty": 2, "cents": 266}, {"who": "ann", "qty": 2, "cents": 905}, {"who": "ann", "qty": 4, "cents": 299}, {"who": "ann", "qty": 1, "cents": 486}]') == '[["ann", 3492], ["bob", 2072], ["cy", 2227]]'
assert task_json_totals('[{"who": "cy", "qty": 2, "cents": 73}]') == '[["cy", 146]]'
assert task_json_totals('[{"who": "bob", "qty": 4, "cents": 326}, {"who": "cy", "qty": 4, "cents": 909}, {"who": "ann", "qty": 1, "cents": 679}, {"who": "bob", "qty": 5, "cents": 215}, {"who": "bob", "qty": 5, "cents": 957}, {"who": "cy", "qty": 5, "cents": 707}, {"who": "ann", "qty": 1, "cents": 108}, {"who": "bob", "qty": 1, "cents": 137}]') == '[["ann", 787], ["bob", 7301], ["cy", 7171]]'
print("py058_json_totals ok")
