// Prints the last commits in UTF-8 with a fixed time zone (set in the process environment).
const { execFileSync } = require('child_process');

process.env.TZ = 'UTC';
const out = execFileSync('git', ['log', '-5', '--encoding=UTF-8', '--date=iso', '--format=%h %ad %s'], { encoding: 'utf8' });
for (const line of out.trim().split('\n')) console.log(line);
