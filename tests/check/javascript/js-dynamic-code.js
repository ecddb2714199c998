//@ pos eval of a variable
const code = process.argv[2];
eval(code);
//@ pos eval of a constant is analysed
eval('console.log(1 + 1)');
//@ pos a worker that runs a constant string
const { Worker } = require('worker_threads');
new Worker("require('fs').readdirSync('.')", { eval: true });
//@ pos globalThis.eval
globalThis.eval(input);
//@ pos global['ev' + 'al']
global['ev' + 'al'](input);
//@ pos window and self
window.eval(input);
self['eval'](input);
//@ pos indirect eval (0, eval)
(0, eval)(input);
//@ pos eval aliased
const e = eval;
e(input);
//@ pos eval through an array
[eval][0](input);
//@ pos eval.call
eval.call(null, input);
//@ pos new Function
const f = new Function('a', 'b', 'return a + b');
f(1, 2);
//@ pos Function called without new
Function('return 1')();
//@ pos Function.prototype.constructor
Function.prototype.constructor('return 1')();
//@ pos the constructor of an arrow function
(() => {}).constructor('return 1')();
//@ pos the constructor of a function expression, by subscript
(function () {})['constr' + 'uctor'](input)();
//@ pos the async function constructor
const AsyncFunction = Object.getPrototypeOf(async function () {}).constructor;
new AsyncFunction('await 1');
//@ pos x.constructor.constructor
({}).constructor.constructor(input)();
//@ pos Function as a tagged template
Function`alert(1)```;
//@ pos setTimeout with a string
setTimeout("console.log('tick')", 100);
//@ pos setInterval with a concatenated string
setInterval('tick' + '()', 1000);
//@ pos setTimeout with a string variable
const s = 'go()';
setTimeout(s, 10);
//@ pos vm.runInNewContext
const vm = require('vm');
vm.runInNewContext('x + 1', { x: 1 });
//@ pos vm.runInThisContext, destructured from node:vm
const { runInThisContext } = require('node:vm');
runInThisContext(src);
//@ pos new vm.Script
const vm = require('vm');
new vm.Script(src).runInThisContext();
//@ pos vm.compileFunction
import vm from 'vm';
vm.compileFunction('return 1');
//@ pos Reflect.apply(eval)
Reflect.apply(eval, null, [input]);
//@ pos import of a data: URL
await import('data:text/javascript,console.log(1)');
//@ pos module._compile
module._compile(src, 'x.js');
//@ pos eval name built from escapes and fromCharCode
globalThis['\x65\u0076\u{61}l'](input);
globalThis[String.fromCharCode(101, 118, 97, 108)](input);
//@ pos eval reached through Function('return this')()
Function('return this')().eval(input);
//@ neg eval in a comment and a string
// eval(code) is dangerous
const msg = "never call eval(x) or new Function(x)";
console.log(msg);
//@ neg JSON.parse is not eval
const data = JSON.parse('{"a": 1}');
console.log(data.a);
//@ neg setTimeout with a function
setTimeout(() => console.log('tick'), 100);
setInterval(tick, 1000);
function tick() {}
//@ neg a local function named eval
function evaluate(expr) { return expr; }
const obj = { eval(x) { return x * 2; } };
obj.eval(3);
evaluate('1+1');
//@ neg a parameter named eval
function apply(eval, x) { return eval(x); }
apply((v) => v, 1);
//@ neg a block-scoped eval
{
  const eval = (x) => x;
  eval('1');
}
//@ neg a class constructor
class A { constructor(x) { this.x = x; } }
const a = new A(1);
console.log(a.constructor.name);
//@ neg regexp exec and math
const m = /x/.exec('x');
console.log(Math.max(1, 2), m);
//@ neg an ordinary program: a judge solution and a data script
// An online-judge solution and a data script: nothing here should be reported.
const readline = require('readline');
const rl = readline.createInterface({ input: process.stdin });
const lines = [];
rl.on('line', (l) => lines.push(l));
rl.on('close', () => {
  const [n, k] = lines[0].split(' ').map(Number);
  const a = lines[1].split(' ').map(Number);
  let total = 0;
  for (let i = 0; i < n; i++) total = total + a[i];
  total = total % 1000000007;
  const memo = new Map();
  function solve(i, j) {
    const key = i + ',' + j;
    if (memo.has(key)) return memo.get(key);
    const r = i >= n ? 0 : Math.max(solve(i + 1, j), a[i] + solve(i + 2, j));
    memo.set(key, r);
    return r;
  }
  const out = [];
  out.push(String(total), String(solve(0, k)));
  const re = /(\d+)-(\d+)/g;
  let m;
  while ((m = re.exec(lines[2] || '')) !== null) out.push(m[1] + m[2]);
  process.stdout.write(out.join('\n') + '\n');
});
const fs = require('fs');
const path = require('path');
const csv = fs.readFileSync(path.join(__dirname, 'in.csv'), 'utf8');
const rows = csv.split('\n').filter(Boolean).map((r) => r.split(','));
const byKey = rows.reduce((acc, [k, v]) => ({ ...acc, [k]: (acc[k] || 0) + Number(v) }), {});
fs.writeFileSync('out.json', JSON.stringify(byKey, null, 2));
const cfg = { retries: Number(process.env.RETRIES || 3), home: process.env.HOME };
console.log(`done: ${Object.keys(byKey).length} keys`, cfg.retries, process.argv.slice(2));
class Stack { constructor() { this.items = []; } push(x) { this.items.push(x); } pop() { return this.items.pop(); } }
const st = new Stack(); st.push(1); st.pop();
setTimeout(() => console.log('bye'), 10);
const sorted = [...rows].sort((x, y) => x[0].localeCompare(y[0]));
const buf = Buffer.from('hello').toString('base64');
console.log(sorted.length, buf, encodeURIComponent('a b'), JSON.parse('{"x":1}').x);
//@ pos eval named by String.fromCharCode.apply and .call
globalThis[String.fromCharCode.apply(null, [101, 118, 97, 108])](input);
global[String.fromCharCode.call(null, 101, 118, 97, 108)](input);
//@ pos an eslint config written by the program
require('fs').writeFileSync('eslint.config.mjs', 'export default [];');
//@ neg a JSON config written by the program
require('fs').writeFileSync('.eslintrc.json', '{}');
