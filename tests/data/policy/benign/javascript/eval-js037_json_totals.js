const assert = require("node:assert");

function task_json_totals(text) {
  const totals = {};
  for (const o of JSON.parse(text)) totals[o.who] = (totals[o.who] || 0) + o.qty * o.cents;
  const items = Object.entries(totals).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  return JSON.stringify(items).replace(/,/g, ", ");
}

assert.deepStrictEqual(task_json_totals("[{\"who\": \"cy\", \"qty\": 5, \"cents\": 413}, {\"who\": \"cy\", \"qty\": 2, \"cents\": 863}]"), "[[\"cy\", 3791]]");
assert.deepStrictEqual(task_json_totals("[{\"who\": \"cy\", \"qty\": 3, \"cents\": 630}, {\"who\": \"ann\", \"qty\": 2, \"cents\": 170}, {\"who\": \"bob\", \"qty\": 5, \"cents\": 509}, {\"who\": \"ann\", \"qty\": 5, \"cents\": 25}, {\"who\": \"cy\", \"qty\": 3, \"cents\": 437}]"), "[[\"ann\", 465], [\"bob\", 2545], [\"cy\", 3201]]");
assert.deepStrictEqual(task_json_totals("[{\"who\": \"cy\", \"qty\": 5, \"cents\": 971}, {\"who\": \"cy\", \"qty\": 5, \"cents\": 170}, {\"who\": \"bob\", \"qty\": 1, \"cents\": 635}, {\"who\": \"cy\", \"qty\": 4, \"cents\": 765}, {\"who\": \"cy\", \"qty\": 5, \"cents\": 408}, {\"who\": \"cy\", \"qty\": 2, \"cents\": 266}, {\"who\": \"bob\", \"qty\": 3, \"cents\": 403}, {\"who\": \"bob\", \"qty\": 3, \"cents\": 203}]"), "[[\"bob\", 2453], [\"cy\", 11337]]");
assert.deepStrictEqual(task_json_totals("[{\"who\": \"bob\", \"qty\": 2, \"cents\": 806}, {\"who\": \"cy\", \"qty\": 1, \"cents\": 155}, {\"who\": \"cy\", \"qty\": 1, \"cents\": 723}, {\"who\": \"ann\", \"qty\": 2, \"cents\": 678}, {\"who\": \"cy\", \"qty\": 2, \"cents\": 10}, {\"who\": \"bob\", \"qty\": 5, \"cents\": 583}, {\"who\": \"ann\", \"qty\": 3, \"cents\": 743}]"), "[[\"ann\", 3585], [\"bob\", 4527], [\"cy\", 898]]");
console.log("js037_json_totals ok");
