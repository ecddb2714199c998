import json

def task_json_totals(text):
    orders = json.loads(text)
    totals = {}
    for o in orders:
        totals[o["who"]] = totals.get(o["who"], 0) + o["qty"] * o["cents"]
    return json.dumps(sorted(totals.items()))

assert task_json_totals('[{"who": "bob", "qty": 3, "cents": 624}, {"who": "bob", "qty": 5, "cents": 572}, {"who": "ann", "qty": 1, "cents": 852}, {"who": "cy", "qty": 2, "cents": 961}, {"who": "bob", "qty": 3, "cents": 964}, {"who": "ann", "qty": 4, "cents": 222}, {"who": "ann", "qty": 4, "cents": 919}, {"who": "cy", "qty": 2, "cents": 484}]') == '[["ann", 5416], ["bob", 7624], ["cy", 2890]]'
assert task_json_totals('[{"who": "cy", "qty": 2, "cents": 562}, {"who": "bob", "qty": 2, "cents": 796}, {"who": "bob", "qty": 4, "cents": 419}, {"who": "ann", "qty": 3, "cents": 284}]') == '[["ann", 852], ["bob", 3268], ["cy", 1124]]'
assert task_json_totals('[{"who": "ann", "qty": 2, "cents": 752}, {"who": "bob", "qty": 5, "cents": 847}, {"who": "ann", "qty": 4, "cents": 893}, {"who": "bob", "qty": 4, "cents": 644}, {"who": "ann", "qty": 2, "cents": 905}, {"who": "bob", "qty": 1, "cents": 786}]') == '[["ann", 6886], ["bob", 7597]]'
print("py094_json_totals ok")
