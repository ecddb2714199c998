// An ordinary data explorer: loads a JSON file and starts a REPL whose own
// eval function reads a dotted path ("users.0.name") and prints the value
// at it; input is never run as JavaScript.
'use strict';
const repl = require('repl');
const fs = require('fs');

const data = JSON.parse(fs.readFileSync(process.argv[2] || 'data.json', 'utf8'));

function lookup(expr) {
  return expr.trim().split('.').filter(Boolean).reduce((v, k) => (v == null ? undefined : v[k]), data);
}

repl.start({
  prompt: 'json> ',
  eval(cmd, context, file, callback) {
    callback(null, lookup(cmd));
  },
});
