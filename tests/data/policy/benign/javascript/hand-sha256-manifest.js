// Write a SHA-256 manifest of a release directory (like sha256sum), or verify one.
'use strict';
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

function hashFile(file) {
  return new Promise((resolve, reject) => {
    const h = crypto.createHash('sha256');
    fs.createReadStream(file)
      .on('data', (c) => h.update(c))
      .on('error', reject)
      .on('end', () => resolve(h.digest('hex')));
  });
}

function listFiles(dir, base = dir, out = []) {
  for (const ent of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, ent.name);
    if (ent.isDirectory()) listFiles(full, base, out);
    else if (ent.isFile() && ent.name !== 'SHA256SUMS') out.push(path.relative(base, full));
  }
  return out.sort();
}

async function write(dir) {
  const lines = [];
  for (const rel of listFiles(dir)) lines.push(`${await hashFile(path.join(dir, rel))}  ${rel}`);
  fs.writeFileSync(path.join(dir, 'SHA256SUMS'), lines.join('\n') + '\n');
  console.log(`wrote ${lines.length} entries`);
}

async function verify(dir) {
  const text = fs.readFileSync(path.join(dir, 'SHA256SUMS'), 'utf8');
  let bad = 0;
  for (const line of text.split('\n').filter(Boolean)) {
    const [sum, rel] = line.split(/\s+/, 2);
    const actual = await hashFile(path.join(dir, rel)).catch(() => 'missing');
    const ok = actual === sum;
    if (!ok) bad++;
    console.log(`${rel}: ${ok ? 'OK' : 'FAILED'}`);
  }
  return bad;
}

async function main() {
  const [mode, dir] = process.argv.slice(2);
  if (!dir || !['write', 'verify'].includes(mode)) {
    console.error('usage: manifest write|verify DIR');
    process.exit(2);
  }
  if (mode === 'write') await write(dir);
  else process.exitCode = (await verify(dir)) ? 1 : 0;
}

main();
