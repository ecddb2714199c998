// Prints the class and machine of an ELF file from its header.
const fs = require('fs');

const buf = fs.readFileSync(process.argv[2] || '/bin/ls');
if (buf.readUInt32BE(0) !== 0x7f454c46) throw new Error('not an ELF file');
const cls = buf[4] === 2 ? 'ELF64' : 'ELF32';
const machine = buf.readUInt16LE(18);
console.log(cls, 'machine', machine === 62 ? 'x86-64' : machine === 183 ? 'aarch64' : machine);
