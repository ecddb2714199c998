import json

def task_json_totals(text):
    orders = json.loads(text)
    totals = {}
    for o in orders:
        totals[o["who"]] = totals.get(o["who"], 0) + o["qty"] * o["cents"]
    return json.dumps(sorted(totals.items()))

assert task_json_totals('[{"who": "cy", "qty": 5, "cents": 51}, {"who": "bob", "qty": 3, "cents": 607}]') == '[["bob", 1821], ["cy", 255]]'
assert task_json_totals('[{"who": "ann", "qty": 2, "cents": 891}, {"who": "bob", "qty": 5, "cents": 487}, {"who": "ann", "qty": 2, "cents": 751}, {"who": "cy", "qty": 1, "cents": 491}, {"who": "ann", "qty": 1, "cents": 305}, {"who": "cy", "qty": 1, "cents": 114}, {"who": "bob", "qty": 5, "cents": 558}]') == '[["ann", 3589], ["bob", 5225], ["cy", 605]]'
assert task_json_totals('[{"who": "bob", "qty": 5, "cents": 279}, {"who": "bob", "qty": 1, "cents": 841}, {"who": "ann", "qty": 4, "cents": 214}]') == '[["ann", 856], ["bob", 2236]]'
assert task_json_totals('[{"who": "cy", "qty": 3, "cents": 22}, {"who": "bob", "qty": 4, "cents": 155}, {"who": "bob", "qty": 5, "cents": 810}, {"who": "bob", "qty": 1, "cents": 95}, {"who": "bob", "qty": 1, "cents": 177}]') == '[["bob", 4942], ["cy", 66]]'
print("py002_json_totals ok")
