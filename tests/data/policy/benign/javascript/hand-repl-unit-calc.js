// An ordinary interactive unit calculator: a repl.start() with its own eval
// function that parses "3 km in mi" style lines; nothing is evaluated as
// JavaScript.
'use strict';
const repl = require('repl');

const TO_METRES = { m: 1, km: 1000, cm: 0.01, mm: 0.001, mi: 1609.344, ft: 0.3048, in: 0.0254, yd: 0.9144 };

function convert(line) {
  const m = /^\s*([\d.]+)\s*(\w+)\s+(?:in|to)\s+(\w+)\s*$/.exec(line);
  if (!m) return 'usage: <number> <unit> in <unit>';
  const [, n, from, to] = m;
  if (!(from in TO_METRES) || !(to in TO_METRES)) return `units: ${Object.keys(TO_METRES).join(' ')}`;
  return `${(Number(n) * TO_METRES[from] / TO_METRES[to]).toPrecision(6)} ${to}`;
}

repl.start({
  prompt: 'units> ',
  eval: (cmd, _ctx, _file, cb) => cb(null, convert(cmd)),
  writer: (out) => out,
});
