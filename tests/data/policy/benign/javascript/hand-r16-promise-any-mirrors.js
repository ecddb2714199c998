// An ordinary download with mirrors: Promise.any takes the first that
// answers; when all fail, the first error is logged and the partial
// download directory (under the temporary directory) is removed.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const partial = path.join(os.tmpdir(), 'mirror-download');
const mirrors = ['https://a.example.org/pkg.tgz', 'https://b.example.org/pkg.tgz'];
Promise.any(mirrors.map((u) => fetch(u).then((r) => (r.ok ? r : Promise.reject(new Error(u))))))
  .then((r) => console.log('got', r.url))
  .catch((agg) => {
    console.error(agg.errors[0]);
    fs.rmSync(partial, { recursive: true, force: true });
  });
