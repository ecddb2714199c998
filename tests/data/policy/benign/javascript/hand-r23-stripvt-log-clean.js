// Strips colours from a captured build log before archiving it.
const fs = require('fs');
const { stripVTControlCharacters } = require('util');

const log = fs.readFileSync('build.log', 'utf8');
fs.writeFileSync('build.clean.log', stripVTControlCharacters(log));
