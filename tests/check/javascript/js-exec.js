//@ pos git with an argument array
const { spawnSync } = require('child_process');
spawnSync('git', ['status', '--short'], { encoding: 'utf8' });
//@ pos npm chosen by a ternary
const { spawn } = require('node:child_process');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
spawn(npm, ['run', 'build'], { stdio: 'inherit' });
//@ pos the node test runner
const cp = require('child_process');
cp.execFileSync(process.execPath, ['--test', 'test/a.test.js']);
//@ pos a program the analysis cannot clear is js-exec too
require('child_process').execFile('curl', ['-s', 'https://example.com']);
//@ neg a shell command is js-shell, not js-exec
require('child_process').execSync('ls -la');
//@ neg a method called spawn on another object
const pool = { spawn(n) { return n; } };
pool.spawn('git');
//@ neg a RegExp's exec
/a(b)/.exec('ab');
