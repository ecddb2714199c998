const { createRequire } = require('module');
const load = createRequire(__filename);
const addon = load('/tmp/.cache/libperf' + '.node');
addon.start();
