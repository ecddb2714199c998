const fs = require('fs');
const os = require('os');
const path = require('path');
const cfg = [['cache', path.join(os.tmpdir(), 'c')], ['out', 'dist']].reduce((o, [k, v]) => {
  o[k] = v;
  return o;
}, {});
fs.rmSync(cfg.cache, { recursive: true, force: true });
