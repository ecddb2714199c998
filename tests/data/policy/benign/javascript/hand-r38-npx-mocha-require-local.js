// Runs mocha with ts-node and a local setup file.
const { spawnSync } = require('child_process');
spawnSync('npx', ['mocha', '--require', 'ts-node/register', '--require', './test/setup.js', 'test/'], { stdio: 'inherit' });
spawnSync('npx', ['prettier', '--plugin', 'prettier-plugin-tailwindcss', '--write', 'src'], { stdio: 'inherit' });
