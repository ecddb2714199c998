// Prefix loggers made with bind; a cleanup bound to the scratch directory.
const fs = require('fs');
const os = require('os');
const path = require('path');

const info = console.log.bind(console, '[info]');
const warn = console.warn.bind(console, '[warn]');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'gen-'));
const cleanup = fs.rmSync.bind(fs, scratch);

fs.writeFileSync(path.join(scratch, 'a.txt'), 'x');
info('generated', fs.readdirSync(scratch).length, 'files in', scratch);
if (!fs.existsSync(path.join(scratch, 'a.txt'))) warn('missing a.txt');
cleanup({ recursive: true, force: true });
