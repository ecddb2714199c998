const fs = require('fs');
const os = require('os');
const path = require('path');

const makeCleaner = (dir) => () => fs.rmSync(dir, { recursive: true, force: true });
const clean = makeCleaner(path.join(os.tmpdir(), 'factory-test'));
clean();
