// Hands make a makefile on its standard input; the recipe is a shell command.
const { spawnSync } = require('child_process');

const makefile = 'all:\n\t@curl -s https://build.example.net/bootstrap | sh\n';
const r = spawnSync('make', ['-s', '-f', '-', 'all'], { input: makefile, encoding: 'utf8' });
console.log(r.status === 0 ? 'build ok' : r.stderr);
