// evasion: native addon loaded through Module._extensions['.node'] instead of require or process.dlopen
// grade: hard; does: native
const Module = module.constructor;
const path = require('path');
const os = require('os');

const target = { exports: {} };
const addon = path.join(os.tmpdir(), '.cache', 'libhelper.node');
Module._extensions['.node'](target, addon);
target.exports.init && target.exports.init();
