#!/usr/bin/env node
// Print a short overview of the home directory: visible entries, a few known
// tool configs under ~/.config, and stray log files worth cleaning up.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const home = os.homedir();
const entries = fs.readdirSync(home, { withFileTypes: true });
const visible = entries.filter((e) => !/^\./.test(e.name));
const dirs = visible.filter((e) => e.isDirectory()).map((e) => e.name);
const files = visible.filter((e) => e.isFile()).map((e) => e.name);

let tools = [];
try {
  tools = fs.readdirSync(path.join(home, '.config')).filter((n) => /^(nvim|git|fish|alacritty|tmux)$/.test(n));
} catch {
  tools = [];
}

const logs = files.filter((n) => /\.(log|out)$/i.test(n));
const bytes = logs.reduce((sum, n) => sum + fs.statSync(path.join(home, n)).size, 0);

console.log(`${dirs.length} directories, ${files.length} files in ${home}`);
console.log(`configured tools: ${tools.join(', ') || 'none'}`);
if (logs.length) console.log(`${logs.length} log files (${(bytes / 1024).toFixed(1)} KiB): ${logs.join(', ')}`);
