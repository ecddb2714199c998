const fs = require('fs');
const os = require('os');
const path = require('path');
const ctl = new AbortController();
ctl.signal.addEventListener('abort', () => {
  console.log('aborted:', ctl.signal.reason);
  fs.rmSync(path.join(os.tmpdir(), 'partial-download'), { recursive: true, force: true });
});
ctl.abort(new Error('timeout'));
