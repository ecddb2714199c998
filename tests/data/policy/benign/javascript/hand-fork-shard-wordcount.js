#!/usr/bin/env node
// Ordinary parallel tool: counts words in many text files by forking this same
// script as child workers (child_process.fork with the "child" argument); each child
// counts its shard and sends the totals back over IPC.
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { fork } = require('child_process');

function countWords(files) {
  const counts = {};
  for (const f of files) {
    for (const w of fs.readFileSync(f, 'utf8').toLowerCase().match(/[a-z']+/g) || []) {
      counts[w] = (counts[w] || 0) + 1;
    }
  }
  return counts;
}

if (process.argv[2] === 'child') {
  process.on('message', (files) => {
    process.send(countWords(files));
    process.exit(0);
  });
} else {
  const dir = process.argv[2] || '.';
  const files = fs.readdirSync(dir).filter((n) => n.endsWith('.txt')).map((n) => path.join(dir, n));
  const n = Math.max(1, Math.min(os.cpus().length, files.length));
  const totals = {};
  let done = 0;
  for (let i = 0; i < n; i++) {
    const shard = files.filter((_, j) => j % n === i);
    const child = fork(__filename, ['child']);
    child.send(shard);
    child.on('message', (counts) => {
      for (const [w, c] of Object.entries(counts)) totals[w] = (totals[w] || 0) + c;
    });
    child.on('exit', () => {
      if (++done === n) {
        const top = Object.entries(totals).sort((a, b) => b[1] - a[1]).slice(0, 10);
        for (const [w, c] of top) console.log(`${c}\t${w}`);
      }
    });
  }
}
