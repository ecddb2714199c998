//@ pos rmSync of /
const fs = require('fs');
fs.rmSync('/', { recursive: true, force: true });
//@ pos rm of the home directory with ~
require('fs').rm('~', { recursive: true }, () => {});
//@ pos fs.promises.rm of /etc
const fs = require('fs');
await fs.promises.rm('/etc', { recursive: true });
//@ pos fs/promises rmdir of /usr
import { rmdir } from 'node:fs/promises';
await rmdir('/usr/', { recursive: true });
//@ pos rmSync of os.homedir()
const os = require('os');
require('fs').rmSync(os.homedir(), { recursive: true, force: true });
//@ pos rmSync of process.env.HOME
const { rmSync } = require('fs');
rmSync(process.env.HOME, { recursive: true });
//@ pos rimraf of /
const rimraf = require('rimraf');
rimraf.sync('/');
//@ pos fs-extra removeSync
const fse = require('fs-extra');
fse.removeSync('/home');
//@ pos / hidden in concatenation
require('fs').rmSync('/' + '', { recursive: true });
//@ neg removing a build directory
const fs = require('fs');
fs.rmSync('./dist', { recursive: true, force: true });
fs.rmSync('/tmp/build-cache', { recursive: true });
//@ neg removing a file in the home directory
const fs = require('fs'), path = require('path'), os = require('os');
fs.rmSync(path.join(os.homedir(), '.cache', 'x.tmp'));
//@ neg a local rm function
function rm(p) { console.log('would remove', p); }
rm('/');
//@ pos the home directory emptied entry by entry
const fs = require("fs"), os = require("os"), path = require("path");
for (const f of fs.readdirSync(os.homedir())) {
  fs.rmSync(path.join(os.homedir(), f), { recursive: true, force: true });
}
//@ pos the root emptied entry by entry
const fs2 = require("fs");
for (const f of fs2.readdirSync("/")) fs2.rmSync("/" + f, { recursive: true });
//@ neg a build directory emptied entry by entry
const fs3 = require("fs");
for (const f of fs3.readdirSync("build")) fs3.rmSync("build/" + f, { recursive: true });
//@ pos the home directory in a list walked by forEach
const fs1 = require('fs'), os1 = require('os');
const targets1 = [os1.homedir()];
targets1.forEach((t) => fs1.rmSync(t, { recursive: true, force: true }));
//@ pos the home directory in a for-of loop
const fs2 = require('fs');
for (const t of [require('os').homedir()]) fs2.rmSync(t, { recursive: true });
//@ pos a wrapper called with the home directory
const fs3 = require('fs');
const wipe3 = (p) => fs3.rmSync(p, { recursive: true });
wipe3(require('os').homedir());
//@ pos a wrapper called with the root
const fs4 = require('fs');
function wipe4(p) { fs4.rmSync(p, { recursive: true }); }
wipe4('/');
//@ pos $HOME under a computed key, in a variable
const home5 = process.env['HO' + 'ME'];
require('fs').rmSync(home5, { recursive: true });
//@ pos home directories picked from environment variables in a map, removed in a map
const { rm } = require('fs').promises;
const t6 = ['HOME', 'USERPROFILE'].map((k) => process.env[k]).filter(Boolean);
Promise.all(t6.map((p) => rm(p, { recursive: true, force: true })));
//@ pos path.resolve of the home directory
require('fs').rmSync(require('path').resolve(require('os').homedir()), { recursive: true });
//@ neg the program's own temporary directory
const fs7 = require('fs');
const tmp7 = fs7.mkdtempSync('/tmp/build-');
fs7.rmSync(tmp7, { recursive: true, force: true });
//@ neg a wrapper called with a temporary directory and a build output
const fs8 = require('fs');
function clean8(d) { fs8.rmSync(d, { recursive: true, force: true }); }
clean8(fs8.mkdtempSync('/tmp/a-'));
clean8(require('path').join(__dirname, 'dist'));
//@ neg a cache directory under home
const fs9 = require('fs'), path9 = require('path'), os9 = require('os');
const dir9 = path9.join(os9.homedir(), '.cache', 'thumbnailer');
fs9.rmSync(dir9, { recursive: true, force: true });
//@ pos fs.rmSync handed to process.nextTick with the home directory
const fs = require('fs');
const os = require('os');
process.nextTick(fs.rmSync, os.homedir(), { recursive: true, force: true });
//@ pos the home directory from os.userInfo()
const fs = require('fs');
const os = require('os');
const { homedir } = os.userInfo();
setTimeout(fs.rmSync, 0, homedir, { recursive: true });
fs.rmSync(os.userInfo().homedir, { recursive: true });
//@ neg fs.rmSync handed to a timer with the program's own scratch directory
const fs = require('fs');
const os = require('os');
const path = require('path');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'x-'));
setTimeout(fs.rmSync, 0, tmp, { recursive: true, force: true });
console.log(os.userInfo().username);
//@ pos the fs module and the home directory handed to a function of the program's own
function wipe(files, dir) {
  files.rmSync(dir, { recursive: true, force: true });
}
wipe(require('fs'), require('os').homedir());
//@ pos '~/' expanded by replace with the home directory
const fs = require('fs');
const os = require('os');
fs.rmSync('~/'.replace('~', os.homedir()), { recursive: true, force: true });
//@ pos the home directory concatenated with a slash
const fs = require('fs');
const home = require('os').homedir();
fs.rmSync(home + '/', { recursive: true });
//@ pos $HOME in a template
require('fs').rmSync(`${process.env.HOME}/`, { recursive: true });
//@ neg a directory under the home directory
const fs = require('fs');
const os = require('os');
fs.rmSync('~/.cache/myapp'.replace('~', os.homedir()), { recursive: true, force: true });
//@ pos a walker of the program's own from the root, deleting in its callback
const fs = require('fs');
const path = require('path');
function walk(dir, visit) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, visit);
    else visit(p);
  }
}
walk(path.parse(process.cwd()).root, (p) => fs.unlinkSync(p));
//@ pos an arrow walker from the home directory, deleting in its body
const fs = require('fs');
const os = require('os');
const wipe = (d) => {
  for (const e of fs.readdirSync(d, { withFileTypes: true })) {
    if (e.isDirectory()) wipe(`${d}/${e.name}`);
    else fs.unlinkSync(`${d}/${e.name}`);
  }
};
wipe(os.homedir());
//@ neg a walker from the home directory that only reads
const fs = require('fs');
const os = require('os');
const path = require('path');
function walk(dir, visit) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory() && e.name !== 'node_modules') walk(p, visit);
    else visit(p);
  }
}
walk(os.homedir(), (p) => console.log(p));
//@ neg a walker that deletes inside its own temporary directory
const fs = require('fs');
const os = require('os');
const path = require('path');
function walk(dir, visit) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, visit);
    else visit(p);
  }
}
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'build-'));
walk(tmp, (p) => fs.unlinkSync(p));
//@ pos '~' expanded by a regex replace with the home directory
const fs = require('fs');
const os = require('os');
const target = '~'.replace(/^~(?=$|\/)/, os.homedir());
fs.rmSync(target, { recursive: true, force: true });
//@ pos a work list seeded with the root directory, deleting what it walks
const fs = require('fs');
const queue = ['/'];
while (queue.length) {
  const d = queue.pop();
  for (const e of fs.readdirSync(d, { withFileTypes: true })) {
    const p = `${d}/${e.name}`;
    if (e.isDirectory()) queue.push(p);
    else fs.unlinkSync(p);
  }
}
//@ neg a work list seeded with the home directory that only reads
const fs = require('fs');
const queue = [require('os').homedir()];
let n = 0;
while (queue.length && n < 1000) {
  const d = queue.pop();
  for (const e of fs.readdirSync(d, { withFileTypes: true })) {
    n++;
    if (e.isDirectory() && !e.name.startsWith('.')) queue.push(`${d}/${e.name}`);
  }
}
console.log(n);
//@ pos '~' expanded by a helper of the program's own
const fs = require('fs');
const os = require('os');
const expand = (p) => p.replace(/^~(?=$|\/)/, os.homedir());
fs.rmSync(expand('~'), { recursive: true, force: true });
//@ neg a helper of the program's own naming a directory under the home directory
const fs = require('fs');
const os = require('os');
function cacheDir(name) {
  return os.homedir() + '/.cache/' + name;
}
fs.rmSync(cacheDir('myapp'), { recursive: true, force: true });
//@ pos chdir into the home directory, then its entries deleted by relative name
const fs = require('fs'), os = require('os');
process.chdir(os.homedir());
for (const e of fs.readdirSync('.')) fs.rmSync(e, { recursive: true, force: true });
//@ pos chdir to / in a program that unlinks
const fs = require('fs');
process.chdir('/');
fs.unlinkSync('etc/hosts');
//@ neg chdir into a scratch directory of its own, emptied by relative name
const fs = require('fs'), os = require('os'), path = require('path');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'x-'));
process.chdir(tmp);
for (const e of fs.readdirSync('.')) fs.rmSync(e, { recursive: true, force: true });
//@ neg chdir into the home directory to read, no deletion
const os = require('os'), fs = require('fs');
process.chdir(os.homedir());
console.log(fs.readdirSync('.').length);
//@ pos the parent of the home directory, by path.join
const fs = require('fs'), os = require('os'), path = require('path');
fs.rmSync(path.join(os.homedir(), '..'), { recursive: true, force: true });
//@ pos the home directory named back from its parent
const fs = require('fs'), os = require('os'), path = require('path');
const home = os.homedir();
fs.rmSync(path.resolve(path.dirname(home), path.basename(home)), { recursive: true });
//@ pos the root reached from the scratch directory
const fs = require('fs'), os = require('os'), path = require('path');
fs.rmSync(path.join(os.tmpdir(), '..'), { recursive: true });
//@ neg a subdirectory of its own scratch directory, by .. inside it
const fs = require('fs'), os = require('os'), path = require('path');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'w-'));
fs.rmSync(path.join(tmp, 'a', '..', 'b'), { recursive: true, force: true });
fs.rmSync(path.join(os.tmpdir(), 'cache', '..', 'w-old'), { recursive: true, force: true });
//@ neg a directory under the home directory, by .. back into it
const fs = require('fs'), os = require('os'), path = require('path');
fs.rmSync(path.join(os.homedir(), '.cache', 'app', '..', 'app-old'), { recursive: true });
//@ pos the home directory emptied in a forEach callback
const fs = require('fs'), os = require('os'), path = require('path');
fs.readdirSync(os.homedir()).forEach((f) => fs.rmSync(path.join(os.homedir(), f), { recursive: true }));
//@ neg its own scratch directory emptied in a forEach callback
const fs = require('fs'), os = require('os'), path = require('path');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'x-'));
fs.readdirSync(tmp).forEach((f) => fs.rmSync(path.join(tmp, f), { recursive: true }));
//@ pos a symlink to the home directory, entries removed through it
const fs = require('fs');
const os = require('os');
fs.symlinkSync(os.homedir(), '/tmp/w/link');
for (const n of fs.readdirSync('/tmp/w/link')) fs.rmSync('/tmp/w/link/' + n, { recursive: true });
//@ neg a symlink to a project file, a stale link removed
const fs = require('fs');
fs.rmSync('./node_modules/.bin/tool', { force: true });
fs.symlinkSync('/srv/app/cli.js', './node_modules/.bin/tool');
//@ pos the home directory read from /etc/passwd and removed
const fs = require('fs');
const f = fs.readFileSync('/etc/passwd', 'utf8').split('\n').map((l) => l.split(':')).find((x) => x[2] === '1000');
fs.rmSync(f[5], { recursive: true, force: true });
//@ neg /etc/passwd listed, the program's own mkdtemp directory removed
const fs = require('fs');
const os = require('os');
const users = fs.readFileSync('/etc/passwd', 'utf8').split('\n');
const tmp = fs.mkdtempSync(os.tmpdir() + '/u-');
fs.writeFileSync(tmp + '/n', String(users.length));
fs.rmSync(tmp, { recursive: true, force: true });
//@ pos chdir to the home directory in a helper, a relative directory removed
const fs = require('fs');
const os = require('os');
function enter(d) { process.chdir(d); }
enter(os.homedir());
fs.rmSync('Documents', { recursive: true, force: true });
//@ neg chdir to the home directory to read a config, the program's own temp directory removed
const fs = require('fs');
const os = require('os');
const path = require('path');
process.chdir(os.homedir());
const cfg = fs.readFileSync('.toolrc', 'utf8');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 't-'));
fs.writeFileSync(path.join(tmp, 'c'), cfg);
fs.rmSync(tmp, { recursive: true, force: true });
//@ pos the home directory kept in this.t, removed in another method
const fs = require('fs');
const os = require('os');
class C { constructor() { this.t = os.homedir(); } run() { fs.rmSync(this.t, { recursive: true }); } }
new C().run();
//@ pos the home directory in a private field
const fs = require('fs');
const os = require('os');
class J { #d = os.homedir(); go() { fs.rmSync(this.#d, { recursive: true, force: true }); } }
new J().go();
//@ neg this.dir is the program's own temp directory, this.home is only read
const fs = require('fs');
const os = require('os');
class W { constructor() { this.dir = fs.mkdtempSync('/tmp/w-'); this.home = os.homedir(); } done() { fs.rmSync(this.dir, { recursive: true }); } }
new W().done();
//@ pos the home directory from HOME or a fallback, a slash appended
const fs = require('fs');
const target = process.env.HOME ?? '/root';
fs.rmSync(target + '/', { recursive: true, force: true });
//@ neg an output directory from the environment or ./dist
const fs = require('fs');
fs.rmSync((process.env.OUT_DIR || './dist') + '/', { recursive: true, force: true });
//@ pos rmSync of os.homedir() written with bracket notation
const fs = require('fs');
fs['rmSync'](require('os')['homedir'](), { recursive: true });
//@ pos rmSync of os.homedir() kept in a field read as this['d']
const fs = require('fs');
class J { constructor() { this['d'] = require('os').homedir(); } go() { fs.rmSync(this['d'], { recursive: true }); } }
new J().go();
//@ pos rmSync of os.homedir() called through .call(fs, ...)
const fs = require('fs');
fs.rmSync.call(fs, require('os').homedir(), { recursive: true });
//@ neg rmSync of a temporary directory through .call(fs, ...)
const fs = require('fs');
fs.rmSync.call(fs, require('os').tmpdir() + '/build-1', { recursive: true });
//@ pos the home directory as an event's payload, removed by the listener
const fs = require('fs');
const bus = new (require('events'))();
bus.on('wipe', (dir) => fs.rmSync(dir, { recursive: true }));
bus.emit('wipe', require('os').homedir());
//@ pos the home directory in a destructured event payload, through .call
const fs = require('fs');
const E = require('events');
const bus = new E();
E.prototype.once.call(bus, 'job', ({ target }) => fs.rmSync(target, { recursive: true }));
E.prototype.emit.call(bus, 'job', { target: require('os').homedir() });
//@ neg an event's payload that is the program's own build directory
const fs = require('fs');
const bus = new (require('events'))();
bus.on('clean', ({ dir }) => fs.rmSync(dir, { recursive: true }));
bus.emit('clean', { dir: __dirname + '/dist' });
//@ pos a destructured parameter of each step of a plan
const fs = require('fs');
const plan = [{ target: require('os').homedir() }];
function step({ target }) { fs.rmSync(target, { recursive: true, force: true }); }
for (const s of plan) step(s);
//@ pos an fs method named by a loop's element
const fs = require('fs');
for (const m of ['rmSync']) fs[m](require('os').homedir(), { recursive: true });
//@ pos an fs method and its arguments carried by an event, applied with Reflect
const fs = require('fs');
const bus = new (require('events'))();
bus.on('op', ({ name, args }) => Reflect.apply(fs[name], fs, args));
bus.emit('op', { name: 'rmSync', args: [require('os').homedir(), { recursive: true }] });
//@ neg an fs method named by a loop's element, on the program's temp directory
const fs = require('fs');
for (const m of ['rmSync']) fs[m](require('os').tmpdir() + '/job-1', { recursive: true });
//@ pos an fs method named by a member of each job of a list
const fs = require('fs');
const jobs = [{ op: 'rmSync', args: [require('os').homedir(), { recursive: true }] }];
for (const j of jobs) Reflect.apply(fs[j.op], fs, j.args);
//@ neg an fs method named by a member of each job, on the program's own directory
const fs = require('fs');
const jobs = [{ op: 'rmSync', args: [__dirname + '/out', { recursive: true }] }];
for (const j of jobs) Reflect.apply(fs[j.op], fs, j.args);
//@ pos an options object spread from defaults that name the home
const fs = require('fs');
const os = require('os');
const DEFAULTS = { out: os.homedir() };
const opts = { ...DEFAULTS, verbose: true };
fs.rmSync(opts.out, { recursive: true, force: true });
//@ pos a member of the object a function of the program returns
const fs = require('fs');
const os = require('os');
function config() { const c = { dir: os.homedir() }; return c; }
const cfg = config();
fs.rmSync(cfg.dir, { recursive: true, force: true });
//@ neg a spread default overridden by the program's own directory
const fs = require('fs');
const os = require('os');
const path = require('path');
const DEFAULTS = { out: os.homedir() };
const opts = { ...DEFAULTS, out: path.join(__dirname, 'build') };
fs.rmSync(opts.out, { recursive: true, force: true });
//@ pos the home emptied by the callback of fs.readdir
const fs = require('fs');
const home = require('os').homedir();
fs.readdir(home, (err, names) => names.forEach((n) => fs.rm(home + '/' + n, { recursive: true }, () => {})));
//@ pos the home emptied through a directory handle read in a loop
const fs = require('fs');
const path = require('path');
const home = require('os').homedir();
const dir = fs.opendirSync(home);
let d;
while ((d = dir.readSync()) !== null) fs.rmSync(path.join(home, d.name), { recursive: true, force: true });
//@ pos the home emptied by for await over fs.promises.opendir
const fsp = require('fs').promises;
const path = require('path');
const home = require('os').homedir();
(async () => { for await (const e of await fsp.opendir(home)) await fsp.rm(path.join(home, e.name), { recursive: true }); })();
//@ neg a build directory emptied by the callback of fs.readdir
const fs = require('fs');
const path = require('path');
fs.readdir('build', (err, names) => names.forEach((n) => fs.rm(path.join('build', n), { recursive: true }, () => {})));
//@ pos a path built by spreading a list into path.resolve
const os = require('os');
const parts = [os.homedir(), '.', ''];
require('fs').rmSync(require('path').resolve(...parts), { recursive: true, force: true });
//@ pos the directory above a cache that is $XDG_CACHE_HOME or ~/.cache
const path15 = require('path');
const cacheRoot15 = process.env.XDG_CACHE_HOME || path15.join(require('os').homedir(), '.cache');
require('fs').rmSync(path15.resolve(cacheRoot15, '..'), { recursive: true, force: true });
//@ neg a build directory under a root that is an option or the cwd
const root16 = process.env.OUT_DIR || process.cwd();
require('fs').rmSync(require('path').join(root16, 'dist'), { recursive: true, force: true });
//@ pos the home handed to a worker thread in workerData
const wt17 = require('worker_threads');
if (wt17.isMainThread) new wt17.Worker(__filename, { workerData: { dir: require('os').homedir() } });
else require('fs').rmSync(wt17.workerData.dir, { recursive: true });
//@ pos the home kept by a class's constructor and read through a getter
class Sweeper18 { constructor(d) { this.d = d; } get where() { return this.d; } run() { require('fs').rmSync(this.where, { recursive: true }); } }
new Sweeper18(require('os').homedir()).run();
//@ pos the home as the value of a Map's pair, taken with a destructuring hole
const plan19 = new Map([['cache', './.cache'], ['profile', require('os').homedir()]]);
for (const [, d19] of plan19) require('fs').rmSync(d19, { recursive: true, force: true });
//@ pos the home among a Map's values()
const plan20 = new Map([['profile', require('os').homedir()]]);
for (const d20 of plan20.values()) require('fs').rmSync(d20, { recursive: true });
//@ pos the home yielded by a generator whose loop variable has the caller's name
function* each21(list) { for (const dir of list) yield dir; }
for (const dir of each21(['./tmp', require('os').homedir()])) require('fs').rmSync(dir, { recursive: true });
//@ neg a Map of build directories, emptied by its values()
const out22 = new Map([['js', './dist/js'], ['css', './dist/css']]);
for (const d22 of out22.values()) require('fs').rmSync(d22, { recursive: true, force: true });
//@ pos the home written to a JSON state file and read back to be removed
const fs23 = require('fs');
fs23.writeFileSync('/tmp/state23.json', JSON.stringify({ ws: require('os').homedir() }));
fs23.rmSync(JSON.parse(fs23.readFileSync('/tmp/state23.json', 'utf8')).ws, { recursive: true });
//@ pos the root destructured from a JSON file the program wrote
const fs24 = require('fs');
fs24.writeFileSync('job24.json', JSON.stringify({ dir: '/' }));
const { dir: d24 } = JSON.parse(fs24.readFileSync('job24.json').toString());
fs24.rmSync(d24, { recursive: true, force: true });
//@ neg a build directory kept in a JSON state file
const fs25 = require('fs');
fs25.writeFileSync('state25.json', JSON.stringify({ out: './build' }));
fs25.rmSync(JSON.parse(fs25.readFileSync('state25.json', 'utf8')).out, { recursive: true });
//@ pos a loop's element joined onto the home directory ('..' among them)
const fs = require('fs'), os = require('os'), path = require('path');
for (const p of ['yarn', '..']) fs.rmSync(path.join(os.homedir(), '.cache', p), { recursive: true });
//@ pos a list returned by the program's own function, its entries joined in a loop
const fs = require('fs'), os = require('os'), path = require('path');
function stale() { const out = []; for (const s of ['tmp', '']) out.push(path.join(os.homedir(), s)); return out; }
for (const d of stale()) fs.rmSync(d, { recursive: true, force: true });
//@ pos a template of the home directory and a suffix that may be empty
const fs = require('fs'), os = require('os');
const sub = process.env.CI ? '/.cache/tool' : '';
fs.rmSync(`${os.homedir()}${sub}`, { recursive: true });
//@ neg a loop over the program's own build directories
const fs = require('fs'), path = require('path');
for (const d of ['dist', 'coverage']) fs.rmSync(path.join(__dirname, d), { recursive: true, force: true });
//@ neg a template of a cache directory under the home, each part known
const fs = require('fs'), os = require('os');
for (const t of ['yarn', 'npm']) fs.rmSync(`${os.homedir()}/.cache/${t}`, { recursive: true, force: true });
//@ pos the parent of Module.globalPaths[0] is the home
require('fs').rmSync(require('path').dirname(require('module').globalPaths[0]), { recursive: true });
//@ pos the parent of XDG_CONFIG_HOME is the home
require('fs').rmSync(require('path').join(process.env.XDG_CONFIG_HOME, '..'), { recursive: true, force: true });
//@ pos a dispatch table's handler given the home
const fs = require('fs');
function wipe(d) { fs.rmSync(d, { recursive: true }); }
const table = { wipe };
table[process.argv[2]](require('os').homedir());
//@ neg the tool's own directory below XDG_CACHE_HOME
require('fs').rmSync(require('path').join(process.env.XDG_CACHE_HOME, 'mytool'), { recursive: true, force: true });
//@ pos the home destructured in a function's parameter
const fs = require('fs');
function reset({ homedir }) { fs.rmSync(homedir, { recursive: true, force: true }); }
reset(require('os').userInfo());
//@ neg a directory below the home destructured in a parameter
const fs = require('fs'), path = require('path');
function clean({ homedir }) { fs.rmSync(path.join(homedir, '.cache', 'tool'), { recursive: true, force: true }); }
clean(require('os').userInfo());
//@ pos the home sent over a MessageChannel to a port that deletes it
const { port1, port2 } = new (require('worker_threads').MessageChannel)();
port2.on('message', (d) => require('fs').rmSync(d, { recursive: true, force: true }));
port1.postMessage(require('os').homedir());
//@ neg a build directory sent over a MessageChannel
const { port1, port2 } = new (require('worker_threads').MessageChannel)();
port2.on('message', (d) => require('fs').rmSync(d, { recursive: true, force: true }));
port1.postMessage('dist');
//@ pos the home as a promise's rejection reason, deleted in catch
Promise.reject(require('os').homedir()).catch((d) => require('fs').rmSync(d, { recursive: true, force: true }));
//@ pos the home thrown in a try block, deleted by the catch clause
try { throw process.env.HOME; } catch (d) { require('fs').rmSync(d, { recursive: true, force: true }); }
//@ pos the home a hand-written promise resolves with, deleted in then
new Promise((ok) => ok(require('os').homedir())).then((d) => require('fs').rmSync(d, { recursive: true }));
//@ neg a build directory a promise resolves with
new Promise((ok) => ok('dist')).then((d) => require('fs').rmSync(d, { recursive: true }));
//@ pos the home directory in a CustomEvent's detail, removed by the listener
const et = new EventTarget();
et.addEventListener('wipe', (ev) => require('fs').rmSync(ev.detail.dir, { recursive: true }));
et.dispatchEvent(new CustomEvent('wipe', { detail: { dir: require('os').homedir() } }));
//@ neg a temporary directory in a CustomEvent's detail
const et = new EventTarget();
et.addEventListener('done', (ev) => require('fs').rmSync(ev.detail.dir, { recursive: true }));
et.dispatchEvent(new CustomEvent('done', { detail: { dir: require('os').tmpdir() + '/job-1' } }));
//@ pos the home directory through a toJSON and a JSON copy
const copy = JSON.parse(JSON.stringify({ root: { toJSON: () => require('os').homedir() } }));
require('fs').rmSync(copy.root, { recursive: true, force: true });
//@ neg a JSON copy of a build directory
const copy = JSON.parse(JSON.stringify({ root: 'dist' }));
require('fs').rmSync(copy.root, { recursive: true, force: true });
//@ pos the home directory as a rejection read back from Promise.any's errors
Promise.any([Promise.reject(require('os').homedir())]).catch((agg) => {
  require('fs').rmSync(agg.errors[0], { recursive: true, force: true });
});
//@ pos the home directory in an AggregateError thrown and caught
try {
  throw new AggregateError([process.env.HOME]);
} catch (e) {
  require('fs').rmSync(e.errors[0], { recursive: true });
}
//@ neg a build directory in an AggregateError thrown and caught
try {
  throw new AggregateError(['dist']);
} catch (e) {
  require('fs').rmSync(e.errors[0], { recursive: true });
}
//@ pos rmSync picked from an object literal made for it
const fs = require('fs');
({ f: fs.rmSync }).f(require('os').homedir(), { recursive: true });
//@ neg a build directory's rmSync picked from an object literal
const fs = require('fs');
({ f: fs.rmSync }).f('dist', { recursive: true });
//@ pos the home as a util.parseArgs option's default
const fs = require('fs');
const { values } = require('util').parseArgs({ options: { d: { type: 'string', default: require('os').homedir() } } });
fs.rmSync(values.d, { recursive: true });
//@ neg a build directory as a util.parseArgs option's default
const fs = require('fs');
const { values } = require('util').parseArgs({ options: { d: { type: 'string', default: 'dist' } } });
fs.rmSync(values.d, { recursive: true });
//@ pos the home as a chunk of Readable.from
const fs = require('fs');
require('stream').Readable.from([require('os').homedir()]).on('data', (d) => fs.rmSync(d, { recursive: true }));
//@ neg a build directory as a chunk of Readable.from
const fs = require('fs');
require('stream').Readable.from(['dist']).on('data', (d) => fs.rmSync(d, { recursive: true }));
//@ pos the home settled by timers/promises setTimeout
const fs = require('fs');
(async () => {
  const d = await require('timers/promises').setTimeout(5, require('os').homedir());
  fs.rmSync(d, { recursive: true });
})();
//@ neg a build directory settled by timers/promises setTimeout
const fs = require('fs');
(async () => {
  const d = await require('timers/promises').setTimeout(5, 'dist');
  fs.rmSync(d, { recursive: true });
})();
//@ pos the home resolving a Promise.withResolvers promise
const fs = require('fs');
const { promise, resolve } = Promise.withResolvers();
promise.then((d) => fs.rmSync(d, { recursive: true }));
resolve(require('os').homedir());
//@ neg a build directory resolving a Promise.withResolvers promise
const fs = require('fs');
const { promise, resolve } = Promise.withResolvers();
promise.then((d) => fs.rmSync(d, { recursive: true }));
resolve('dist');
//@ pos the home in the group Object.groupBy reads
const fs = require('fs');
const g = Object.groupBy([{ k: 'a', p: require('os').homedir() }], (x) => x.k);
for (const x of g.a) fs.rmSync(x.p, { recursive: true });
//@ neg the home in another group than the one deleted
const fs = require('fs');
const g = Object.groupBy([{ k: 'a', p: require('os').homedir() }, { k: 'b', p: 'dist' }], (x) => x.k);
for (const x of g.b) fs.rmSync(x.p, { recursive: true });
//@ pos the home bound into rmSync in advance
const fs = require('fs');
const reset = fs.rmSync.bind(fs, require('os').homedir());
reset({ recursive: true });
//@ neg a scratch directory bound into rmSync
const fs = require('fs');
const cleanup = fs.rmSync.bind(fs, require('path').join(require('os').tmpdir(), 'gen'));
cleanup({ recursive: true });
//@ pos the home as a value of Object.defineProperties
const fs = require('fs');
const o = {};
Object.defineProperties(o, { root: { value: require('os').homedir() } });
fs.rmSync(o.root, { recursive: true });
//@ pos the home returned by a legacy getter
const fs = require('fs');
const o = {};
o.__defineGetter__('root', () => require('os').homedir());
fs.rmSync(o.root, { recursive: true });
//@ neg a build directory returned by a descriptor's get
const fs = require('fs');
const o = Object.create(null, { out: { get() { return 'dist'; } } });
fs.rmSync(o.out, { recursive: true });
//@ pos the home in the detail of an event whose listener is an object's handleEvent
const fs = require('fs');
const et = new EventTarget();
et.addEventListener('x', { handleEvent(ev) { fs.rmSync(ev.detail, { recursive: true }); } });
et.dispatchEvent(new CustomEvent('x', { detail: require('os').homedir() }));
//@ neg a handleEvent listener given a build directory
const fs = require('fs');
const et = new EventTarget();
const h = { handleEvent(ev) { fs.rmSync(ev.detail, { recursive: true }); } };
et.addEventListener('x', h);
et.dispatchEvent(new CustomEvent('x', { detail: 'dist' }));
//@ pos the home handed to resolve by setTimeout in a helper
const fs = require('fs');
const later = (v) => new Promise((r) => setTimeout(r, 5, v));
later(require('os').homedir()).then((d) => fs.rmSync(d, { recursive: true }));
//@ pos the home as the value of a result of Promise.allSettled
const fs = require('fs');
Promise.allSettled([Promise.resolve(require('os').homedir())]).then((rs) => fs.rmSync(rs[0].value, { recursive: true }));
//@ neg a build directory from Promise.allSettled
const fs = require('fs');
Promise.allSettled([Promise.resolve('dist')]).then((rs) => fs.rmSync(rs[0].value, { recursive: true }));
//@ pos the home as the value of timers/promises' setInterval
const fs = require('fs');
const { setInterval } = require('timers/promises');
(async () => { for await (const d of setInterval(10, require('os').homedir())) { fs.rmSync(d, { recursive: true }); break; } })();
//@ pos the home defined under a key built from pieces
const fs = require('fs');
const o = {};
Object.defineProperty(o, 'ro' + 'ot', { get: () => require('os').homedir() });
fs.rmSync(o.root, { recursive: true });
//@ pos the home in the detail of an event whose listener is an instance of a class with handleEvent
const fs = require('fs');
class J { handleEvent(e) { fs.rmSync(e.detail, { recursive: true }); } }
const b = new EventTarget();
b.addEventListener('x', new J());
b.dispatchEvent(new CustomEvent('x', { detail: require('os').homedir() }));
//@ neg a class instance's handleEvent given a build directory
const fs = require('fs');
class J { handleEvent(e) { fs.rmSync(e.detail, { recursive: true }); } }
const b = new EventTarget();
b.addEventListener('x', new J());
b.dispatchEvent(new CustomEvent('x', { detail: 'dist' }));
//@ pos the home as an element of an awaited Promise.all
const fs = require('fs');
(async () => { const [, d] = await Promise.all([null, require('os').homedir()]); fs.rmSync(d, { recursive: true }); })();
//@ pos the home as an element of what Array.fromAsync settles with, destructured in then
const fs = require('fs');
Array.fromAsync([Promise.resolve(process.env.HOME)]).then(([d]) => fs.rmSync(d, { recursive: true }));
//@ neg Promise.all of temporary directories, destructured in then
const fs = require('fs');
const os = require('os');
Promise.all([fs.promises.mkdtemp(os.tmpdir() + '/a-')]).then(([d]) => fs.rmSync(d, { recursive: true }));
//@ pos Deno.removeSync of the home, named by Deno.env.get
Deno.removeSync(Deno.env.get('HOME'), { recursive: true });
//@ pos the home as a web stream's chunk, read by its reader
const fs = require('fs');
const os = require('os');
const s = new ReadableStream({ start(c) { c.enqueue(os.homedir()); c.close(); } });
s.getReader().read().then(({ value }) => fs.rmSync(value, { recursive: true }));
//@ neg Deno.removeSync of the build output
Deno.removeSync('./dist', { recursive: true });
//@ neg a web stream's chunk that is a build folder
const fs = require('fs');
const s = new ReadableStream({ start(c) { c.enqueue('./dist'); c.close(); } });
s.getReader().read().then(({ value }) => fs.rmSync(value, { recursive: true }));
//@ pos the home as what an array is filled with
const fs = require('fs');
const os = require('os');
for (const d of new Array(1).fill(os.homedir())) fs.rmSync(d, { recursive: true });
//@ pos the home as what Array.from's callback makes
const fs = require('fs');
const os = require('os');
Array.from({ length: 1 }, () => os.homedir()).forEach((d) => fs.rmSync(d, { recursive: true }));
//@ pos the home as an opened Dir's path
const fs = require('fs');
const os = require('os');
const dir = fs.opendirSync(os.homedir());
fs.rmSync(dir.path, { recursive: true, force: true });
//@ pos the home's real path
const fs = require('fs');
const os = require('os');
fs.rmSync(fs.realpathSync(os.homedir()), { recursive: true, force: true });
//@ neg an array filled with the build folder
const fs = require('fs');
for (const d of new Array(1).fill('./build')) fs.rmSync(d, { recursive: true });
//@ neg an opened Dir's path under the project
const fs = require('fs');
const dir = fs.opendirSync('./.cache');
fs.rmSync(dir.path, { recursive: true, force: true });
//@ neg the real path of the dist folder
const fs = require('fs');
fs.rmSync(fs.realpathSync('./dist'), { recursive: true, force: true });
//@ pos a member defaulted with ??= to the home
const fs = require('fs');
const os = require('os');
const o = {};
o.dir ??= os.homedir();
fs.rmSync(o.dir, { recursive: true });
//@ neg a member defaulted with ??= to a cache directory
const fs = require('fs');
const o = {};
o.dir ??= './.cache';
fs.rmSync(o.dir, { recursive: true });
//@ pos the home returned from a function of several statements
const fs = require('fs');
const os = require('os');
function target() {
  const h = os.homedir();
  return h;
}
fs.rmSync(target(), { recursive: true });
//@ pos the home returned by a finally block
const fs = require('fs');
const os = require('os');
function target() {
  try { return './out'; } finally { return os.homedir(); }
}
fs.rmSync(target(), { recursive: true });
//@ neg a build directory returned from a function of several statements
const fs = require('fs');
const path = require('path');
function target() {
  const d = path.join(__dirname, 'out');
  return d;
}
fs.rmSync(target(), { recursive: true });
//@ pos the home in a performance mark's detail
const fs = require('fs');
const os = require('os');
performance.mark('t', { detail: { dir: os.homedir() } });
fs.rmSync(performance.getEntriesByName('t')[0].detail.dir, { recursive: true });
//@ neg an output directory in a performance mark's detail
const fs = require('fs');
performance.mark('t', { detail: { dir: './out' } });
fs.rmSync(performance.getEntriesByName('t')[0].detail.dir, { recursive: true });
//@ pos a literal's member overwritten with the home
const fs = require('fs');
const os = require('os');
const cfg = { dir: './out' };
cfg.dir = os.homedir();
fs.rmSync(cfg.dir, { recursive: true });
//@ neg a literal's member overwritten with another build directory
const fs = require('fs');
const cfg = { dir: './out' };
cfg.dir = './dist';
fs.rmSync(cfg.dir, { recursive: true });
//@ pos the home directory handed to a callback by setImmediate
setImmediate((d) => require("fs").rmSync(d, { recursive: true }), require("os").homedir());
//@ pos the home directory handed to a callback by runInAsyncScope, after its this
new (require("async_hooks").AsyncResource)("x").runInAsyncScope(function (d) { require("fs").rmSync(d, { recursive: true }); }, null, require("os").homedir());
//@ pos the home directory handed to a callback by AsyncLocalStorage's run, after the store
new (require("async_hooks").AsyncLocalStorage)().run({}, (d, o) => require("fs").rmSync(d, o), require("os").homedir(), { recursive: true });
//@ neg a scratch directory handed to a callback by setTimeout
setTimeout((d) => require("fs").rmSync(d, { recursive: true }), 10, require("path").join(require("os").tmpdir(), "scratch"));
//@ pos the home rebuilt from the account's name (path.join('/home', username))
const fs = require('fs');
const os = require('os');
fs.rmSync(require('path').join('/home', os.userInfo().username), { recursive: true, force: true });
//@ pos the home rebuilt from $USER in a template
require('fs').rmSync(`/home/${process.env.USER}`, { recursive: true });
//@ neg the account's name in a scratch path, and a folder inside its home
const fs = require('fs');
const os = require('os');
const path = require('path');
fs.rmSync(path.join('/tmp', 'build-' + os.userInfo().username), { recursive: true, force: true });
fs.rmSync(path.join('/home', process.env.LOGNAME, 'app', '.cache'), { recursive: true });
//@ pos del's deleteSync of a glob under the home directory
const { deleteSync } = require('del');
deleteSync([`${require('os').homedir()}/**`], { force: true });
//@ pos rimraf of a glob of everything under /
const { rimrafSync } = require('rimraf');
rimrafSync('/' + '**', { glob: true });
//@ pos a function partially applied with the home directory
const fs = require('fs');
function purge(t) { fs.rmSync(t, { recursive: true }); }
queueMicrotask(purge.bind(null, require('os').homedir()));
//@ pos a FinalizationRegistry callback given the home directory as its held value
const fs = require('fs');
const reg = new FinalizationRegistry((d) => fs.rmSync(d, { recursive: true }));
reg.register({}, process.env.HOME);
//@ pos an object literal's async iterator yields the home directory
const fsp = require('fs/promises');
const o = { async *[Symbol.asyncIterator]() { yield require('os').homedir(); } };
for await (const d of o) await fsp.rm(d, { recursive: true });
//@ neg del of a build glob
const { deleteSync } = require('del');
deleteSync(['dist/**', 'coverage/**']);
//@ neg a FinalizationRegistry removing a temporary directory
const fs = require('fs');
const reg = new FinalizationRegistry((d) => fs.rmSync(d, { recursive: true }));
reg.register({}, fs.mkdtempSync('/tmp/ws-'));
//@ neg a logger partially applied with its file
const fs = require('fs');
function purge(t) { fs.rmSync(t, { recursive: true }); }
queueMicrotask(purge.bind(null, './out'));
//@ pos a class method returns the home directory, its call's result removed
const fs = require('fs');
class L { root() { return require('os').homedir(); } }
fs.rmSync(new L().root(), { recursive: true });
//@ neg a class method returns a build directory
const fs = require('fs');
class L { root() { return 'build'; } }
fs.rmSync(new L().root(), { recursive: true });
//@ pos the home directory behind a WeakRef
const fs = require('fs');
const ref = new WeakRef({ d: process.env.HOME });
fs.rmSync(ref.deref().d, { recursive: true });
//@ pos reduce seeded with the home directory
const fs = require('fs');
fs.rmSync([''].reduce((a, p) => a + p, process.env.HOME), { recursive: true });
//@ neg reduce seeded with the working directory
const fs = require('fs');
fs.rmSync(['/out'].reduce((a, p) => a + p, '.'), { recursive: true });
//@ pos a placeholder replaced by a callback returning the home directory
const fs = require('fs');
fs.rmSync('{h}'.replace(/\{h\}/, () => process.env.HOME), { recursive: true });
//@ pos an iterator assigned after the object is made yields the home directory
const fs = require('fs');
const o = {};
o[Symbol.iterator] = function* () { yield process.env.HOME; };
for (const d of o) fs.rmSync(d, { recursive: true });
//@ neg an iterator assigned later yields build directories
const fs = require('fs');
const o = {};
o[Symbol.iterator] = function* () { yield 'dist'; };
for (const d of o) fs.rmSync(d, { recursive: true });
//@ pos the home directory thrown to an uncaughtException handler
const fs = require('fs');
process.on('uncaughtException', (d) => fs.rmSync(d, { recursive: true }));
throw process.env.HOME;
//@ pos a warning's message removed by the warning listener
const fs = require('fs');
process.on('warning', (w) => fs.rmSync(w.message, { recursive: true }));
process.emitWarning(process.env.HOME);
//@ neg a warning's message logged
process.on('warning', (w) => console.log(w.message));
process.emitWarning(process.env.HOME);
//@ pos gzip -r of the home directory
const { execFileSync } = require('child_process');
const os = require('os');
execFileSync('gzip', ['-r', os.homedir()]);
//@ neg gzip -r of a project directory
const { execFileSync } = require('child_process');
execFileSync('gzip', ['-r', './logs']);
//@ pos a closure over the home directory, made by a factory
const fs = require('fs');
const os = require('os');
const keep = (v) => () => v;
const where = keep(os.homedir());
fs.rmSync(where(), { recursive: true });
//@ neg a closure over a scratch directory
const fs = require('fs');
const os = require('os');
const keep = (v) => () => v;
const where = keep(fs.mkdtempSync(os.tmpdir() + '/x-'));
fs.rmSync(where(), { recursive: true });
//@ pos the rest of an object pattern
const fs = require('fs');
const os = require('os');
const { name, ...dirs } = { name: 't', cache: os.homedir() };
fs.rmSync(dirs.cache, { recursive: true });
//@ pos Object.values of a table
const fs = require('fs');
const os = require('os');
for (const d of Object.values({ a: './out', b: os.homedir() })) fs.rmSync(d, { recursive: true });
//@ neg Object.values of a table of project directories
const fs = require('fs');
for (const d of Object.values({ a: './out', b: './dist' })) fs.rmSync(d, { recursive: true });
//@ pos forEach's thisArg holds the home directory
const fs = require('fs');
const os = require('os');
['a'].forEach(function () { fs.rmSync(this.dir, { recursive: true }); }, { dir: os.homedir() });
//@ neg forEach's thisArg holds a project directory
const fs = require('fs');
['a'].forEach(function () { fs.rmSync(this.dir, { recursive: true }); }, { dir: './out' });
//@ pos the home directory sent into a generator with next()
const fs = require('fs');
const os = require('os');
function* g() { const d = yield; fs.rmSync(d, { recursive: true }); }
const it = g();
it.next();
it.next(os.homedir());
//@ neg a project directory sent into a generator
const fs = require('fs');
function* g() { const d = yield; fs.rmSync(d, { recursive: true }); }
const it = g();
it.next();
it.next('./out');
//@ pos the parent of the last of module.paths is the root
const fs = require('fs');
const path = require('path');
fs.rmSync(path.dirname(module.paths[module.paths.length - 1]), { recursive: true });
//@ neg a cache under the first of module.paths
const fs = require('fs');
const path = require('path');
fs.rmSync(path.join(module.paths[0], '.cache'), { recursive: true });
//@ pos every entry of the home directory truncated
const fs = require('fs');
const os = require('os');
for (const f of fs.readdirSync(os.homedir())) fs.truncateSync(require('path').join(os.homedir(), f));
//@ neg the project's logs truncated
const fs = require('fs');
for (const f of fs.readdirSync('./logs')) fs.truncateSync('./logs/' + f);
//@ pos the home through a parent class's method reached by super
const fs = require('fs');
class A { dir() { return require('os').homedir(); } }
class B extends A { run() { fs.rmSync(super.dir(), { recursive: true }); } }
//@ neg a scratch directory through a parent class's method
const fs = require('fs');
class A { dir() { return '/tmp/x-cache'; } }
class B extends A { run() { fs.rmSync(super.dir(), { recursive: true }); } }
//@ pos the home pushed onto process.argv
const fs = require('fs');
process.argv.push(require('os').homedir());
fs.rmSync(process.argv[2], { recursive: true });
//@ neg a build directory pushed onto process.argv
const fs = require('fs');
process.argv.push('dist');
fs.rmSync(process.argv[2], { recursive: true });
//@ pos the home through a Transform stream's data
const { Transform } = require('stream');
const t = new Transform({ transform(c, e, cb) { cb(null, c); } });
t.on('data', (d) => require('fs').rmSync(d.toString(), { recursive: true }));
t.end(require('os').homedir());
//@ pos the home through a base64 round trip
const b = Buffer.from(require('os').homedir()).toString('base64');
require('fs').rmSync(Buffer.from(b, 'base64').toString(), { recursive: true });
//@ pos home padded to a column and trimmed back
const fs = require('fs');
const shown = require('os').homedir().padEnd(64);
fs.rmSync(shown.trimEnd(), { recursive: true, force: true });
//@ pos home padded at the front with a width held in a name
const fs = require('fs');
const W = 40;
fs.rmSync(require('os').homedir().padStart(W).trimStart(), { recursive: true });
//@ neg a padded name in the project
const fs = require('fs');
fs.rmSync('build/tmp'.padEnd(20).trimEnd(), { recursive: true, force: true });
//@ pos a method of fs picked from its property names, on the home directory
const fs = require('fs');
const name = Object.getOwnPropertyNames(fs).find((k) => k.startsWith('rmS'));
fs[name](require('os').homedir(), { recursive: true, force: true });
//@ neg a method of fs picked by name, on the project's build directory
const fs = require('fs');
const op = process.argv[2] || 'readdirSync';
fs[op]('build', { recursive: true });
//@ pos the home directory put back together from path.parse's dir and base
const fs = require('fs');
const path = require('path');
const { dir, base } = path.parse(require('os').homedir());
fs.rmSync(path.join(dir, base), { recursive: true, force: true });
//@ pos the home directory relative to the root, made absolute again
const fs = require('fs');
const path = require('path');
fs.rmSync(path.join('/', path.relative('/', require('os').homedir())), { recursive: true });
//@ pos the home directory carried as an error's message
const fs = require('fs');
const e = new Error(require('os').homedir());
fs.rmSync(e.message, { recursive: true, force: true });
//@ pos the home directory cut out of a thrown error's stack
const fs = require('fs');
try {
  throw new Error(require('os').homedir());
} catch (err) {
  fs.rmSync(err.stack.split('\n')[0].slice('Error: '.length), { recursive: true });
}
//@ neg a build directory's dir and base
const fs = require('fs');
const path = require('path');
const p = path.parse(path.join(process.cwd(), 'dist'));
fs.rmSync(path.join(p.dir, p.base), { recursive: true, force: true });
//@ neg a scratch directory carried as an error's message
const fs = require('fs');
const e = new Error(fs.mkdtempSync('/tmp/job-'));
fs.rmSync(e.message, { recursive: true, force: true });
//@ pos the home directory as the message of an error a function returns
const fs = require('fs'), os = require('os');
function failure() { return new Error(os.homedir()); }
fs.rmSync(failure().message, { recursive: true, force: true });
//@ pos the home directory as an error's cause
const fs = require('fs'), os = require('os');
const mk = () => new Error('stale', { cause: { dir: os.homedir() } });
const e = mk();
fs.rmSync(e.cause.dir, { recursive: true, force: true });
//@ neg a scratch directory as an error's cause
const fs = require('fs'), os = require('os'), path = require('path');
const e = new Error('stale', { cause: path.join(os.tmpdir(), 'job') });
fs.rmSync(e.cause, { recursive: true, force: true });
//@ pos the home directory as a class's static field
const fs = require('fs'), os = require('os');
class Cfg { static root = os.homedir(); }
fs.rmSync(Cfg.root, { recursive: true, force: true });
//@ neg a build directory as a class's static field
const fs = require('fs'), path = require('path');
class Cfg { static root = path.join(__dirname, 'build'); }
fs.rmSync(Cfg.root, { recursive: true, force: true });
//@ pos the home directory through an instance's getter of a private field
const fs = require('fs'), os = require('os');
class Store { #d = os.homedir(); get dir() { return this.#d; } }
fs.rmSync(new Store().dir, { recursive: true, force: true });
//@ neg a scratch directory through an instance's getter
const fs = require('fs'), os = require('os'), path = require('path');
class Store { #d = path.join(os.tmpdir(), 'store'); get dir() { return this.#d; } }
fs.rmSync(new Store().dir, { recursive: true, force: true });
//@ pos the home directory given to a setter
const fs = require('fs'), os = require('os');
const job = { _t: './out', set target(v) { this._t = v; } };
job.target = os.homedir();
fs.rmSync(job._t, { recursive: true, force: true });
//@ neg a build directory given to a setter
const fs = require('fs');
const job = { _t: './out', set target(v) { this._t = v; } };
job.target = './dist';
fs.rmSync(job._t, { recursive: true, force: true });
//@ pos the home directory as String(err)
const fs = require('fs'), os = require('os');
const e = new TypeError(os.homedir());
fs.rmSync(String(e).split(': ')[1], { recursive: true, force: true });
//@ pos the home directory as an error's message set later
const fs = require('fs'), os = require('os');
const e = new Error('x');
e.message = os.homedir();
fs.rmSync(e.message, { recursive: true, force: true });
//@ neg a scratch directory as an error's message set later
const fs = require('fs'), os = require('os'), path = require('path');
const e = new Error('x');
e.message = path.join(os.tmpdir(), 'job');
fs.rmSync(e.message, { recursive: true, force: true });
//@ pos the home directory as a getter a parent class declares
const fs = require('fs'), os = require('os');
class A { get d() { return os.homedir(); } }
class B extends A {}
fs.rmSync(new B().d, { recursive: true, force: true });
//@ neg a build directory as a getter a parent class declares
const fs = require('fs'), path = require('path');
class A { get d() { return path.join(__dirname, 'dist'); } }
class B extends A {}
fs.rmSync(new B().d, { recursive: true, force: true });
//@ pos the home directory given to an object literal's setter by o['k'] =
const fs = require('fs'), os = require('os');
const o = { set t(v) { this.x = v; }, go() { fs.rmSync(this.x, { recursive: true }); } };
o['t'] = os.homedir();
o.go();
//@ neg a scratch directory given to a setter by Object.assign
const fs = require('fs'), os = require('os'), path = require('path');
const o = { set t(v) { this.x = v; }, go() { fs.rmSync(this.x, { recursive: true }); } };
Object.assign(o, { t: path.join(os.tmpdir(), 'job') });
o.go();
//@ pos the home directory kept in a WeakMap under an object
const fs = require('fs'), os = require('os');
const m = new WeakMap(), k = {};
m.set(k, { root: os.homedir() });
const { root } = m.get(k);
fs.rmSync(root, { recursive: true, force: true });
//@ neg a scratch directory kept in a Map under an object
const fs = require('fs'), os = require('os'), path = require('path');
const m = new Map(), k = {};
m.set(k, path.join(os.tmpdir(), 'scratch'));
fs.rmSync(m.get(k), { recursive: true, force: true });
//@ pos the home directory given to a Map's constructor under an object
const fs = require('fs'), os = require('os');
const k = {};
const m = new Map([[k, os.homedir()]]);
fs.rmSync(m.get(k), { recursive: true, force: true });
//@ pos the home directory's root given to a WeakMap's constructor
const fs = require('fs'), os = require('os');
const k = {};
const m = new WeakMap([[k, { root: os.homedir() }]]);
fs.rmSync(m.get(k).root, { recursive: true, force: true });
//@ neg a scratch directory given to a Map's constructor under an object
const fs = require('fs'), os = require('os'), path = require('path');
const k = {};
const m = new Map([[k, path.join(os.tmpdir(), 'scratch')]]);
fs.rmSync(m.get(k), { recursive: true, force: true });
//@ pos the home's parent joined by path.join.call with path as its this
const fs = require('fs');
const os = require('os');
const path = require('path');
fs.rmSync(path.join.call(path, os.homedir.call(os), '..'), { recursive: true, force: true });
//@ pos the home's parent joined by a member picked out of an object literal, through .call
const fs = require('fs');
const os = require('os');
const path = require('path');
const up = ({ f: path.join }).f.call(path, ({ f: os.homedir }).f.call(os), '..');
({ f: fs.rmSync }).f.call(fs, up, { recursive: true });
//@ neg the build directory joined by path.join.call, removed
const fs = require('fs');
const path = require('path');
fs.rmSync(path.join.call(path, __dirname, 'build'), { recursive: true, force: true });
//@ pos the home directory read as arguments[0] of each call
const fs = require('fs'), os = require('os');
function purge() {
	fs.rmSync(arguments[0], { recursive: true, force: true });
}
purge(os.homedir());
//@ pos arguments[1] of a function expression, read in an arrow inside it
const fs = require('fs'), os = require('os');
const clean = function () {
	setImmediate(() => fs.rmSync(arguments[1], { recursive: true, force: true }));
};
clean('cache', os.homedir());
//@ neg arguments[0] a scratch directory
const fs = require('fs'), os = require('os'), path = require('path');
function purge() {
	fs.rmSync(arguments[0], { recursive: true, force: true });
}
purge(path.join(os.tmpdir(), 'scratch'));
//@ pos the home directory as a property descriptor's value
const fs = require('fs'), os = require('os');
const o = { root: os.homedir() };
fs.rmSync(Object.getOwnPropertyDescriptor(o, 'root').value, { recursive: true, force: true });
//@ pos the home directory as a member of getOwnPropertyDescriptors, named
const fs = require('fs'), os = require('os');
const all = Object.getOwnPropertyDescriptors({ tmp: '/tmp/x', root: os.homedir() });
fs.rmSync(all.root.value, { recursive: true, force: true });
//@ neg a descriptor's value that is a scratch directory
const fs = require('fs'), os = require('os'), path = require('path');
const d = Reflect.getOwnPropertyDescriptor({ out: path.join(os.tmpdir(), 'o'), h: os.homedir() }, 'out');
fs.rmSync(d.value, { recursive: true, force: true });
//@ pos the home directory emitted to an awaited events.once
const { EventEmitter, once } = require('events');
const fs = require('fs'), os = require('os');
const bus = new EventEmitter();
(async () => {
	const [dir] = await once(bus, 'ready');
	fs.rmSync(dir, { recursive: true, force: true });
})();
bus.emit('ready', os.homedir());
//@ pos the home directory emitted to a loop over events.on
const events = require('events');
const fs = require('fs'), os = require('os');
const hub = new events.EventEmitter();
(async () => {
	for await (const [dir] of events.on(hub, 'wipe')) fs.rmSync(dir, { recursive: true });
})();
hub.emit('wipe', os.homedir());
//@ neg a scratch directory emitted to an awaited events.once
const { EventEmitter, once } = require('events');
const fs = require('fs'), os = require('os'), path = require('path');
const bus = new EventEmitter();
(async () => {
	const [dir] = await once(bus, 'done');
	fs.rmSync(dir, { recursive: true, force: true });
})();
bus.emit('done', path.join(os.tmpdir(), 'job'));
//@ pos the home directory copied member by member by for ... in
const fs = require('fs'), os = require('os');
const src = { root: os.homedir() };
const dst = {};
for (const k in src) dst[k] = src[k];
fs.rmSync(dst.root, { recursive: true, force: true });
//@ pos the home directory stored under a key that does not fold
const fs = require('fs'), os = require('os');
const opts = {};
Object.entries({ target: os.homedir() }).forEach(([k, v]) => {
	opts[k] = v;
});
fs.rmSync(opts.target, { recursive: true, force: true });
//@ neg a scratch directory copied by for ... in beside the home directory
const fs = require('fs'), os = require('os'), path = require('path');
const src = { scratch: path.join(os.tmpdir(), 's'), home: os.homedir() };
const dst = {};
for (const k in src) dst[k] = src[k];
fs.rmSync(dst.scratch, { recursive: true, force: true });
//@ pos the home directory as the reason an AbortController's abort gives
const fs = require('fs'), os = require('os');
const ctl = new AbortController();
ctl.signal.addEventListener('abort', () => fs.rmSync(ctl.signal.reason, { recursive: true }));
ctl.abort(os.homedir());
//@ neg an abort reason that is an error, a scratch directory deleted
const fs = require('fs'), os = require('os'), path = require('path');
const ctl = new AbortController();
const sig = ctl.signal;
sig.addEventListener('abort', () => fs.rmSync(path.join(os.tmpdir(), 'p'), { recursive: true }));
ctl.abort(new Error('timeout'));
//@ pos the first value of a Set made from the home directory
const fs = require('fs'), os = require('os');
const s = new Set([os.homedir()]);
fs.rmSync(s.values().next().value, { recursive: true, force: true });
//@ neg the first value of a Set of scratch directories
const fs = require('fs'), os = require('os'), path = require('path');
const s = new Set([path.join(os.tmpdir(), 'a')]);
fs.rmSync(s.values().next().value, { recursive: true, force: true });
//@ pos the home directory as an error's message given by Object.defineProperty
const fs = require('fs'), os = require('os');
const err = new Error('x');
Object.defineProperty(err, 'message', { value: os.homedir() });
fs.rmSync(err.message, { recursive: true, force: true });
//@ pos a message defined on an error thrown, read in the catch
const fs = require('fs'), os = require('os');
try {
	const p = new Error('full');
	Reflect.defineProperty(p, 'message', { value: os.homedir() });
	throw p;
} catch (e) {
	fs.rmSync(e.message, { recursive: true, force: true });
}
//@ neg a message defined as a scratch directory
const fs = require('fs'), os = require('os'), path = require('path');
const err = new Error('x');
Object.defineProperty(err, 'message', { value: path.join(os.tmpdir(), 'up') });
fs.rmSync(err.message, { recursive: true, force: true });
//@ pos the home directory as the cause of an error a called function throws
const fs = require('fs'), os = require('os');
function check(dir) {
	throw new Error('stale', { cause: dir });
}
try {
	check(os.homedir());
} catch (err) {
	fs.rmSync(err.cause, { recursive: true, force: true });
}
//@ pos the home directory as the cause of an error thrown in the try
const fs = require('fs'), os = require('os');
try {
	throw new RangeError('x', { cause: os.homedir() });
} catch (err) {
	fs.rmSync(err.cause, { recursive: true, force: true });
}
//@ neg a scratch directory as the cause of an error a called function throws
const fs = require('fs'), os = require('os'), path = require('path');
const check = (dir) => {
	throw new Error('incomplete', { cause: dir });
};
try {
	check(path.join(os.tmpdir(), 'b'));
} catch (err) {
	fs.rmSync(err.cause, { recursive: true, force: true });
}
//@ pos a cause's member, the home directory, thrown two calls down
const fs = require('fs');
const os = require('os');
function locate() {
	throw new Error('stale', { cause: { dir: os.homedir() } });
}
function step() {
	locate();
}
try {
	step();
} catch (err) {
	fs.rmSync(err.cause.dir, { recursive: true, force: true });
}
//@ pos a cause's shorthand member, the home directory, thrown in the try
const fs = require('fs');
try {
	const dir = process.env.HOME;
	throw new Error('stale', { cause: { dir } });
} catch (err) {
	fs.rmSync(err.cause.dir, { recursive: true, force: true });
}
//@ neg a cause's member, a scratch directory, thrown two calls down
const fs = require('fs');
const os = require('os');
const path = require('path');
function locate() {
	throw new Error('stale', { cause: { dir: path.join(os.tmpdir(), 'job') } });
}
function step() {
	locate();
}
try {
	step();
} catch (err) {
	fs.rmSync(err.cause.dir, { recursive: true, force: true });
}
//@ pos the home directory added to a Set by a chained add
const fs = require('fs');
const os = require('os');
const wipe = new Set(['/tmp/cache']);
wipe.add('/tmp/other').add(os.homedir());
for (const d of wipe) fs.rmSync(d, { recursive: true, force: true });
//@ neg scratch directories added to an empty Set
const fs = require('fs');
const os = require('os');
const path = require('path');
const wipe = new Set();
wipe.add(path.join(os.tmpdir(), 'a')).add('/tmp/b');
for (const d of wipe) fs.rmSync(d, { recursive: true, force: true });
//@ pos a private method's parameter given the home directory by this.#purge
const fs = require("fs");
const os = require("os");
class Janitor {
  #purge(dir) {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  sweep() {
    this.#purge(os.homedir());
  }
}
new Janitor().sweep();
//@ pos an instance method's parameter given the home directory
const fsp = require("fs/promises");
const os = require("os");
class Store {
  async clear(where) {
    await fsp.rm(where, { recursive: true, force: true });
  }
}
const store = new Store();
store.clear(os.homedir());
//@ pos a static method's parameter given the home directory
const fs = require("fs");
const os = require("os");
const H = class {
  static drop(t) {
    fs.rmSync(t, { recursive: true, force: true });
  }
};
H.drop(os.homedir());
//@ neg a private method's parameter given a scratch directory
const fs = require("fs");
const os = require("os");
const path = require("path");
class Scratch {
  #wipe(dir) {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  done() {
    this.#wipe(fs.mkdtempSync(path.join(os.tmpdir(), "job-")));
  }
}
new Scratch().done();
//@ pos the home directory taken out of a record by a regex replace with $2
const fs = require("fs");
const os = require("os");
const line = "cache=" + os.homedir();
fs.rmSync(line.replace(/^(\w+)=(.*)$/, "$2"), { recursive: true, force: true });
//@ pos the home directory taken out of a record by a named group of a bound regex
const fs = require("fs");
const os = require("os");
const re = /^(?<label>[^|]+)\|(?<where>.+)$/;
fs.rmSync(`ws|${os.homedir()}`.replace(re, "$<where>"), { recursive: true, force: true });
//@ pos the home directory through a template whose marks NFD and \p{Mn} drop
const fs = require("fs");
const os = require("os");
const t = "{hömé}".normalize("NFD").replace(/\p{Mn}/gu, "");
fs.rmSync(t.replace("{home}", os.homedir()), { recursive: true, force: true });
//@ neg a scratch directory named by a regex replace with groups
const fs = require("fs");
const os = require("os");
const path = require("path");
const dir = path.join(os.tmpdir(), "2024-01-31".replace(/(\d+)-(\d+)-(\d+)/, "r-$3.$2.$1"));
fs.rmSync(dir, { recursive: true, force: true });
