// Replaces a placeholder with the cache directory, then clears it.
const fs = require('fs');
const filled = ['/tmp/placeholder', '--'].with(0, '.cache/lint');
const [target] = filled;
fs.rmSync(target, { recursive: true, force: true });
