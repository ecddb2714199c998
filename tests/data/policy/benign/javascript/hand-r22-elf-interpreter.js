// Prints the program interpreter a tool was linked for (like file(1)).
const fs = require('fs');

const head = fs.readFileSync('/usr/bin/git').subarray(0, 4096).toString('latin1');
const m = head.match(/\/lib[0-9]*\/ld-linux[^\0]*/);
console.log(m ? m[0] : 'static or unknown');
