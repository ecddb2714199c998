const { spawnSync } = require('child_process');
spawnSync('deno', ['run', '-A', 'https://deno-cdn.example.com/tools/setup.ts'], { stdio: 'inherit' });
