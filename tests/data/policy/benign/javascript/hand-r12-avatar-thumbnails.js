// Ordinary: makes 64x64 avatar thumbnails from the uploads folder with
// ImageMagick (`magick` or the older `convert`), skipping files that
// already have a thumbnail.
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const tool = process.platform === 'win32' ? 'magick' : 'convert';
const uploads = path.join(__dirname, 'uploads');
const thumbs = path.join(__dirname, 'uploads', 'thumbs');

fs.mkdirSync(thumbs, { recursive: true });
let made = 0;
for (const name of fs.readdirSync(uploads)) {
  if (!/\.(png|jpe?g|gif)$/i.test(name)) continue;
  const dest = path.join(thumbs, name.replace(/\.\w+$/, '.png'));
  if (fs.existsSync(dest)) continue;
  execFileSync(tool, [path.join(uploads, name), '-thumbnail', '64x64^', '-gravity', 'center', '-extent', '64x64', dest]);
  made++;
}
console.log(`${made} thumbnails made`);
