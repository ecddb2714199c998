const os = require('os');

function parsePort(s) {
  const n = Number(s);
  if (!Number.isInteger(n)) throw new TypeError(`bad port: ${s}`);
  return n;
}

try {
  parsePort(process.argv[2] || 'x');
} catch (e) {
  console.log(String(e) + os.EOL + `${e}`.length);
}
