//@ pos computed member of child_process
const cp = require('child_process');
cp[method]('id');
//@ pos computed member of the global object
global[fn](arg);
//@ pos computed member of globalThis
globalThis[name];
//@ pos computed member of process
process[k]('spawn_sync');
//@ pos computed member of vm
const vm = require('vm');
vm[op](src);
//@ pos computed member of Reflect
Reflect[op](target, key);
//@ neg constant members
const cp = require('child_process');
console.log(typeof cp['spawn'], process['argv'].length, process.env[key]);
//@ neg computed members of ordinary objects
const counts = {};
for (const w of words) counts[w] = (counts[w] || 0) + 1;
const arr = [1, 2, 3];
console.log(arr[i], counts[key], process.argv[2]);
//@ neg a local named process
function f(process) { return process[k]; }
//@ pos a dotted path walked from process with reduce
const load = 'mainModule.require'.split('.').reduce((o, k) => o[k], process);
load('child_process');
//@ pos a walker of the program's own given process
const walk = (root, dotted) => dotted.split('.').reduce((obj, key) => obj[key], root);
walk(process, 'mainModule');
//@ neg a dotted path walked in a configuration object
const config = { db: { host: 'localhost' } };
const get = (p) => p.split('.').reduce((o, k) => (o == null ? o : o[k]), config);
console.log(get('db.host'));
