// On failure, remove the temporary directory named by the error.
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'job-'));
try {
  throw new Error('job failed', { cause: dir });
} catch (e) {
  fs.rmSync(e.cause, { recursive: true, force: true });
}
