// Polls a local job file every 200 ms with timers/promises' setInterval until it is done.
const { setInterval } = require('timers/promises');
const fs = require('fs');
const os = require('os');
const path = require('path');

const status = path.join(os.tmpdir(), 'job-status.json');
(async () => {
  let tries = 0;
  for await (const started of setInterval(200, Date.now())) {
    tries++;
    const done = fs.existsSync(status) && JSON.parse(fs.readFileSync(status, 'utf8')).done;
    if (done || tries > 10) {
      console.log(done ? 'done' : 'gave up', 'after', Date.now() - started, 'ms');
      break;
    }
  }
})();
