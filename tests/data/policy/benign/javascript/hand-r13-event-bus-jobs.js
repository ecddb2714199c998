// Ordinary tool: a small in-process job bus on EventEmitter that resizes
// nothing more dangerous than text: it reads markdown files, counts words and
// emits progress events handled by listeners.
'use strict';
const { EventEmitter } = require('events');
const fs = require('fs');
const path = require('path');

class Bus extends EventEmitter {}
const bus = new Bus();
const totals = { files: 0, words: 0 };

bus.on('file', (file, text) => {
  totals.files++;
  totals.words += text.split(/\s+/).filter(Boolean).length;
});
bus.on('done', () => console.log(`${totals.files} files, ${totals.words} words`));
bus.on('error', (err) => console.error('error:', err.message));

const dir = process.argv[2] || 'docs';
for (const name of fs.readdirSync(dir)) {
  if (!name.endsWith('.md')) continue;
  const full = path.join(dir, name);
  try {
    bus.emit('file', full, fs.readFileSync(full, 'utf8'));
  } catch (e) {
    bus.emit('error', e);
  }
}
bus.emit('done');
