// Dispatches fs reads by a command name.
const fs = require('fs');
const ops = { list: 'readdirSync', stat: 'statSync' };
const op = ops[process.argv[2]] || 'readdirSync';
console.log(fs[op]('.', { withFileTypes: false }));
fs[op === 'statSync' ? 'statSync' : 'readdirSync']('build', { recursive: true });
