// Decodes a UTF-16BE file: Node reads UTF-16LE, so each pair of bytes is swapped first.
const fs = require('fs');

const buf = fs.readFileSync(process.argv[2]);
const text = Buffer.from(buf).swap16().toString('utf16le');
console.log(text.slice(0, 200));
