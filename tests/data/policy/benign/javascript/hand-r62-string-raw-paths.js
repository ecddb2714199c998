// Windows-style path templates with String.raw.
const path = require('path');

const fill = (skeleton, ...parts) => String.raw({ raw: skeleton }, ...parts);
const win = String.raw`C:\Users\${'demo'}\AppData`;
const joined = fill(['', '/', '/', ''], 'src', 'lib', 'index.js');
const spaced = fill('abc', '-', '-');
console.log(win, path.normalize(joined), spaced);
const fmt = require(fill(['u', 'il'], 't'));
console.log(fmt.format('%s ok', joined));
