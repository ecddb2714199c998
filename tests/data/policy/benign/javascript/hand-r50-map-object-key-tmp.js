const fsp = require('fs/promises');
const os = require('os');
const path = require('path');

const roots = new Map();
const session = { id: 42 };
roots.set(session, path.join(os.tmpdir(), 'session-42'));

async function finish(s) {
  await fsp.rm(roots.get(s), { recursive: true, force: true });
}
finish(session);
