// Ordinary: resizes the images of a folder with ImageMagick's `convert`,
// at most two at a time, writing thumbnails into ./thumbs.
'use strict';
const { execFile } = require('child_process');
const { promisify } = require('util');
const fs = require('fs');
const path = require('path');

const run = promisify(execFile);
const src = process.argv[2] || 'images';
const out = path.join(process.cwd(), 'thumbs');
const size = process.argv[3] || '320x320';

async function worker(queue) {
  while (queue.length) {
    const name = queue.shift();
    const input = path.join(src, name);
    const output = path.join(out, name.replace(/\.\w+$/, '.jpg'));
    try {
      await run('convert', [input, '-resize', size, '-quality', '85', output]);
      console.log('ok', name);
    } catch (e) {
      console.error('failed', name, e.message);
    }
  }
}

async function main() {
  fs.mkdirSync(out, { recursive: true });
  const queue = fs.readdirSync(src).filter((n) => /\.(png|jpe?g|webp)$/i.test(n));
  await Promise.all([worker(queue), worker(queue)]);
}

main();
