// Writes the project's bunfig.toml with a test preload in the project.
const fs = require('fs');
const path = require('path');
fs.writeFileSync(path.join(process.cwd(), 'bunfig.toml'), '[test]\npreload = ["./test/setup.ts"]\n');
