//@ pos JSON.stringify(process.env)
console.log(JSON.stringify(process.env));
//@ pos Object.keys and Object.entries
for (const k of Object.keys(process.env)) console.log(k);
Object.entries(process.env);
//@ pos console.log(process.env)
console.log(process.env);
//@ pos spread into an object
const all = { ...process.env };
//@ pos sent over the network
fetch('https://x.example', { method: 'POST', body: JSON.stringify({ ...process.env }) });
//@ pos through an alias
const env = process.env;
send(env);
//@ pos for...in
for (const k in process.env) out.push(k + '=' + process.env[k]);
//@ pos destructuring with a rest
const { HOME, ...rest } = process.env;
//@ pos through require('process') and globalThis
const p = require('process');
console.log(p.env);
console.log(globalThis.process['env']);
//@ pos returned
function getEnv() { return process.env; }
//@ pos Object.assign copy
const copy = Object.assign({}, process.env);
//@ neg one variable
const home = process.env.HOME;
const port = process.env['PORT'] || 3000;
console.log(home, port, process.env.NODE_ENV === 'production');
//@ neg destructuring named variables
const { HOME, PATH } = process.env;
console.log(HOME, PATH);
//@ neg env in a child's options
require('child_process').spawn('node', ['x.js'], { env: process.env, stdio: 'inherit' });
//@ neg a local env object
const env = { a: 1 };
console.log(JSON.stringify(env));
//@ neg a local named process
function f(process) { return JSON.stringify(process.env); }
//@ pos the environment as a member of an object given to JSON.stringify
const payload = JSON.stringify({ host: require('os').hostname(), env: process.env });
//@ pos the environment kept in an object
const report = { when: Date.now(), env: process.env };
console.log(report);
//@ neg the environment given to a child process
require('child_process').spawnSync('git', ['status'], { env: process.env });
//@ neg one variable in an object
const cfg = { port: process.env.PORT, home: process.env.HOME };
//@ pos the diagnostic report holds the environment
const report = process.report.getReport();
console.log(report.environmentVariables);
//@ neg the diagnostic report's settings
process.report.reportOnFatalError = true;
process.report.directory = './reports';
//@ neg a copy changed and given to git as its env
const { spawnSync } = require('child_process');
const env = { ...process.env, CI: '1' };
env.GIT_PAGER = 'cat';
delete env.GIT_DIR;
if (!('HOME' in env)) env.HOME = '/tmp';
spawnSync('git', ['status'], { env, encoding: 'utf8' });
//@ neg Object.assign, structuredClone and process.env itself as a child's env
const cp = require('child_process');
cp.execFileSync('npm', ['test'], { env: Object.assign({}, process.env, { NODE_ENV: 'test' }) });
cp.spawn('make', [], { env: structuredClone(process.env), stdio: 'inherit' });
const opts = { env: process.env, cwd: '/tmp' };
cp.fork('worker.js', [], opts);
//@ neg a helper builds the env, a wrapper gives it to the child
const { execFile } = require('child_process');
function childEnv(extra) {
  return { ...process.env, ...extra };
}
const run = (cmd, args, env) => execFile(cmd, args, { env }, () => {});
run('git', ['fetch'], childEnv({ LC_ALL: 'C' }));
execFile('npm', ['ci'], { env: childEnv({}) }, () => {});
//@ neg options held in a name, changed, and spread into another
const { spawnSync } = require('child_process');
const base = { env: { ...process.env, CI: 'true' }, encoding: 'utf8' };
base.cwd = '/srv';
spawnSync('pytest', ['-q'], { ...base, timeout: 60000 });
//@ pos a child's env also logged
const { spawnSync } = require('child_process');
const env = { ...process.env, CI: '1' };
spawnSync('git', ['status'], { env });
console.log(env);
//@ pos a child's env iterated
const { spawnSync } = require('child_process');
const env = Object.assign({}, process.env, { X: '1' });
spawnSync('git', ['status'], { env });
for (const k in env) console.log(k);
//@ pos a copy never given to a child
const env = { ...process.env, CI: '1' };
//@ pos the env given to a function of the program's that is not a start
function start(cmd, env) { return env; }
start('git', { ...process.env });
//@ pos a getter in the copy is called with the copy as this
const { spawnSync } = require('child_process');
spawnSync('git', [], { env: { ...process.env, get X() { return JSON.stringify(this); } } });
//@ pos a method called on the copy
const { spawnSync } = require('child_process');
const env = { ...process.env };
spawnSync('git', [], { env });
send(env.valueOf());
//@ pos the options object handed on under another key
const { spawnSync } = require('child_process');
const opts = { env: { ...process.env } };
spawnSync('git', [], opts);
const saved = { o: opts };
//@ pos the env reached through arguments
const { spawnSync } = require('child_process');
function g(env) { spawnSync('git', [], { env }); return arguments[0]; }
g({ ...process.env });
//@ pos spawnSync replaced before it is called
const cp = require('child_process');
cp.spawnSync = (c, a, o) => o.env;
cp.spawnSync('git', [], { env: { ...process.env } });
//@ pos the environment serialised and parsed again
const { spawnSync } = require('child_process');
spawnSync('git', [], { env: JSON.parse(JSON.stringify(process.env)) });
//@ pos the env at the first argument of a start
const { spawnSync } = require('child_process');
spawnSync({ ...process.env }, []);
//@ pos a method of the copy called through parentheses
const { spawnSync } = require('child_process');
const env = { ...process.env };
spawnSync('git', [], { env });
send((env.valueOf)());
//@ pos an arrow that returns the environment
const getEnv = () => process.env;
console.log(getEnv());
//@ neg an arrow that returns one variable
const getHome = () => process.env.HOME;
console.log(getHome());
