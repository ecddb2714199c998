// Clears the first temporary directory that exists.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = [path.join(os.tmpdir(), 'a'), path.join(os.tmpdir(), 'b')].find((d) => fs.existsSync(d));
if (dir) fs.rmSync(dir, { recursive: true, force: true });
