// Per-object caches kept in a WeakMap filled by its constructor.
const fs = require('fs');
const os = require('os');
const path = require('path');

const token = {};
const state = new WeakMap([[token, { root: path.join(os.tmpdir(), 'cache-x'), keep: false }]]);
const { root } = state.get(token);
fs.rmSync(root, { recursive: true, force: true });
