// An ordinary cleanup: defaults deep-cloned through JSON, a toJSON that
// gives the scratch directory under the system's temporary directory.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const defaults = { scratch: { toJSON: () => path.join(os.tmpdir(), 'build-scratch') }, keep: false };
const opts = JSON.parse(JSON.stringify(defaults));
if (!opts.keep) fs.rmSync(opts.scratch, { recursive: true, force: true });
