const assert = require("node:assert");

function task_json_totals(text) {
  const totals = {};
  for (const o of JSON.parse(text)) totals[o.who] = (totals[o.who] || 0) + o.qty * o.cents;
  const items = Object.entries(totals).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  return JSON.stringify(items).replace(/,/g, ", ");
}

assert.deepStrictEqual(task_json_totals("[{\"who\": \"ann\", \"qty\": 4, \"cents\": 583}, {\"who\": \"bob\", \"qty\": 3, \"cents\": 79}, {\"who\": \"cy\", \"qty\": 1, \"cents\": 348}]"), "[[\"ann\", 2332], [\"bob\", 237], [\"cy\", 348]]");
assert.deepStrictEqual(task_json_totals("[{\"who\": \"cy\", \"qty\": 5, \"cents\": 192}, {\"who\": \"ann\", \"qty\": 2, \"cents\": 455}, {\"who\": \"cy\", \"qty\": 3, \"cents\": 479}, {\"who\": \"cy\", \"qty\": 1, \"cents\": 542}, {\"who\": \"bob\", \"qty\": 3, \"cents\": 847}, {\"who\": \"cy\", \"qty\": 3, \"cents\": 216}]"), "[[\"ann\", 910], [\"bob\", 2541], [\"cy\", 3587]]");
assert.deepStrictEqual(task_json_totals("[{\"who\": \"ann\", \"qty\": 4, \"cents\": 217}, {\"who\": \"ann\", \"qty\": 1, \"cents\": 330}, {\"who\": \"ann\", \"qty\": 2, \"cents\": 628}, {\"who\": \"ann\", \"qty\": 4, \"cents\": 172}, {\"who\": \"ann\", \"qty\": 5, \"cents\": 688}]"), "[[\"ann\", 6582]]");
assert.deepStrictEqual(task_json_totals("[{\"who\": \"cy\", \"qty\": 4, \"cents\": 457}, {\"who\": \"bob\", \"qty\": 1, \"cents\": 908}, {\"who\": \"ann\", \"qty\": 3, \"cents\": 635}, {\"who\": \"cy\", \"qty\": 5, \"cents\": 726}]"), "[[\"ann\", 1905], [\"bob\", 908], [\"cy\", 5458]]");
console.log("js014_json_totals ok");
