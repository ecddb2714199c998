// An ordinary helper: runs `git log` with a fixed locale and pager off, so
// the output can be parsed.
'use strict';
const { execFileSync } = require('child_process');

const env = Object.assign({}, process.env, { LC_ALL: 'C', GIT_PAGER: 'cat' });
const out = execFileSync('git', ['log', '--oneline', '-n', '20'], { env, encoding: 'utf8' });
console.log(out.split('\n').filter(Boolean).length, 'commits');
