import json

def task_json_totals(text):
    orders = json.loads(text)
    totals = {}
    for o in orders:
        totals[o["who"]] = totals.get(o["who"], 0) + o["qty"] * o["cents"]
    return json.dumps(sorted(totals.items()))

assert task_json_totals('[{"who": "bob", "qty": 3, "cents": 764}, {"who": "cy", "qty": 3, "cents": 725}, {"who": "bob", "qty": 5, "cents": 144}, {"who": "cy", "qty": 3, "cents": 582}, {"who": "cy", "qty": 2, "cents": 765}, {"who": "cy", "qty": 4, "cents": 717}, {"who": "ann", "qty": 3, "cents": 576}]') == '[["ann", 1728], ["bob", 3012], ["cy", 8319]]'
assert task_json_totals('[{"who": "bob", "qty": 4, "cents": 249}, {"who": "cy", "qty": 5, "cents": 624}, {"who": "ann", "qty": 1, "cents": 198}, {"who": "ann", "qty": 2, "cents": 773}, {"who": "bob", "qty": 4, "cents": 459}, {"who": "cy", "qty": 4, "cents": 216}, {"who": "bob", "qty": 5, "cents": 210}]') == '[["ann", 1744], ["bob", 3882], ["cy", 3984]]'
assert task_json_totals('[{"who": "bob", "qty": 1, "cents": 981}, {"who": "cy", "qty": 1, "cents": 446}, {"who": "bob", "qty": 4, "cents": 551}, {"who": "ann", "qty": 3, "cents": 526}, {"who": "cy", "qty": 2, "cents": 262}, {"who": "bob", "qty": 5, "cents": 730}, {"who": "bob", "qty": 2, "cents": 930}, {"who": "cy", "qty": 2, "cents": 783}]') == '[["ann", 1578], ["bob", 8695], ["cy", 2536]]'
print("py062_json_totals ok")
