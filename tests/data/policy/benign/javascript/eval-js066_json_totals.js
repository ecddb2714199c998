const assert = require("node:assert");

function task_json_totals(text) {
  const totals = {};
  for (const o of JSON.parse(text)) totals[o.who] = (totals[o.who] || 0) + o.qty * o.cents;
  const items = Object.entries(totals).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  return JSON.stringify(items).replace(/,/g, ", ");
}

assert.deepStrictEqual(task_json_totals("[{\"who\": \"ann\", \"qty\": 5, \"cents\": 851}]"), "[[\"ann\", 4255]]");
assert.deepStrictEqual(task_json_totals("[{\"who\": \"bob\", \"qty\": 3, \"cents\": 108}, {\"who\": \"bob\", \"qty\": 1, \"cents\": 965}, {\"who\": \"bob\", \"qty\": 3, \"cents\": 616}]"), "[[\"bob\", 3137]]");
assert.deepStrictEqual(task_json_totals("[{\"who\": \"ann\", \"qty\": 3, \"cents\": 29}, {\"who\": \"cy\", \"qty\": 1, \"cents\": 827}, {\"who\": \"bob\", \"qty\": 5, \"cents\": 623}, {\"who\": \"ann\", \"qty\": 2, \"cents\": 904}, {\"who\": \"ann\", \"qty\": 2, \"cents\": 117}, {\"who\": \"cy\", \"qty\": 2, \"cents\": 997}, {\"who\": \"ann\", \"qty\": 4, \"cents\": 601}, {\"who\": \"bob\", \"qty\": 3, \"cents\": 388}]"), "[[\"ann\", 4533], [\"bob\", 4279], [\"cy\", 2821]]");
console.log("js066_json_totals ok");
