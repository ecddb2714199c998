// Writes a project-local bunfig with test settings.
const fs = require('fs');
const path = require('path');
fs.writeFileSync(path.join(process.cwd(), 'bunfig.test.example'), '[test]\ncoverage = true\n');
