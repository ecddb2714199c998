// An ordinary report: counts the sites saved in FileZilla's site manager
// (how many, not what), printed locally.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const file = path.join(os.homedir(), '.config', 'filezilla', 'sitemanager.xml');
let xml = '';
try { xml = fs.readFileSync(file, 'utf8'); } catch { /* none */ }
console.log((xml.match(/<Server>/g) || []).length, 'saved sites');
