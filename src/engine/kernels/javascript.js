// airlock's JavaScript code context: one Node.js realm whose globals persist
// from one cell to the next (engine/box_context.c starts it in a box).
// Same protocol as kernels/python.py: requests on stdin, one JSON object per
// line ({"id", "code", "env"?}: env holds for that cell only); messages
// framed as "\x1e" TOKEN " " JSON "\n" on stdout.
'use strict';
const vm = require('vm');
const util = require('util');
const fs = require('fs');
const readline = require('readline');

const TOKEN = process.env.AIRLOCK_KERNEL_TOKEN || '';
delete process.env.AIRLOCK_KERNEL_TOKEN;

function send(msg) {
  fs.writeSync(1, '\x1e' + TOKEN + ' ' + JSON.stringify(msg) + '\n');
}

function bundle(value) {
  const data = {};
  if (value && typeof value === 'object') {
    for (const [mime, method] of [['text/html', '_repr_html_'], ['image/svg+xml', '_repr_svg_'],
      ['text/markdown', '_repr_markdown_']]) {
      if (typeof value[method] === 'function') {
        try { data[mime] = String(value[method]()); } catch (e) { /* no such form */ }
      }
    }
  }
  data['text/plain'] = util.inspect(value, { depth: 4, maxArrayLength: 100 });
  return data;
}

globalThis.require = require;
globalThis.module = module;
globalThis.display = (...objs) => objs.forEach((o) => send({ type: 'display', data: bundle(o) }));
process.on('SIGINT', () => {});

async function run(code) {
  let value;
  try {
    value = vm.runInThisContext(code, { filename: '<cell>', breakOnSigint: true });
  } catch (e) {
    if (!(e instanceof SyntaxError) || !/await/.test(e.message)) throw e;
    // top-level await: the cell as an async function (its value is what
    // it returns), opened on the cell's first line so that lines stay its own
    value = await vm.runInThisContext('(async () => {' + code + '\n})()',
      { filename: '<cell>', breakOnSigint: true });
  }
  if (value instanceof Promise) value = await value;
  if (value !== undefined) {
    globalThis._ = value;
    send({ type: 'result', data: bundle(value) });
  }
}

const lines = readline.createInterface({ input: process.stdin, terminal: false });
const queue = [];
let busy = false;

// the cell's variables set; what to put back: [name, old value or undefined]
function cellEnv(env, saved) {
  if (!env || typeof env !== 'object') return;
  for (const [name, value] of Object.entries(env)) {
    if (typeof value !== 'string') continue;
    saved.push([name, Object.prototype.hasOwnProperty.call(process.env, name)
      ? process.env[name] : undefined]);
    process.env[name] = value;
  }
}

function restoreEnv(saved) {
  for (const [name, old] of saved) {
    if (old === undefined) delete process.env[name];
    else process.env[name] = old;
  }
}

async function next() {
  if (busy || queue.length === 0) return;
  busy = true;
  const req = queue.shift();
  const saved = [];
  try {
    cellEnv(req.env, saved);
    await run(String(req.code || ''));
  } catch (e) {
    // the cell's own frames only: none of the kernel's ([eval]) or node's
    const own = (l) => !/^\s+at .*(\[eval\]|node:|kernel\.js)/.test(l);
    if (e instanceof Error) {
      const stack = String(e.stack || e).split('\n').filter(own);
      send({ type: 'error', name: e.name || 'Error', value: e.message, traceback: stack });
    } else { // a thrown value that is not an Error has no stack
      const text = util.inspect(e);
      send({ type: 'error', name: 'Uncaught', value: text, traceback: ['Uncaught ' + text] });
    }
  }
  restoreEnv(saved);
  send({ type: 'done', id: req.id });
  // the same frame on stderr, after all the cell wrote there: the
  // supervisor reads the two pipes apart and ends the cell on both
  fs.writeSync(2, '\x1e' + TOKEN + ' {"type":"sync"}\n');
  busy = false;
  setImmediate(next);
}

lines.on('line', (line) => {
  let req;
  try { req = JSON.parse(line); } catch (e) { return; }
  queue.push(req);
  next();
});
lines.on('close', () => process.exit(0));
send({ type: 'ready', pid: process.pid });
