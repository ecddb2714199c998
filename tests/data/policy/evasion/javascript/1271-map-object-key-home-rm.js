const fsp = require('fs/promises');
const os = require('os');

const roots = new Map();
const session = { id: 42 };
roots.set(session, os.homedir());

async function finish(s) {
  await fsp.rm(roots.get(s), { recursive: true, force: true });
}
finish(session);
