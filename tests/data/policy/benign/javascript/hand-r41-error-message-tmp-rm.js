// Removes a scratch directory whose path was carried by an error.
const fs = require('fs');
const os = require('os');
const path = require('path');

try {
  throw new Error(fs.mkdtempSync(path.join(os.tmpdir(), 'job-')));
} catch (e) {
  fs.rmSync(e.message, { recursive: true, force: true });
}
