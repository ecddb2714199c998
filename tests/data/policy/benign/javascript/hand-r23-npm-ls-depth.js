// Lists the top-level dependencies of the project.
const { execFileSync } = require('child_process');

const out = execFileSync('npm', ['ls', '--depth=0', '--json'], { encoding: 'utf8' });
console.log(Object.keys(JSON.parse(out).dependencies || {}).join('\n'));
