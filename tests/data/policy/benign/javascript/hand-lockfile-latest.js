// Ordinary program: dependency report. Reads package.json, asks the npm
// registry for each dependency's latest version and prints which are behind.
const fs = require('fs');
const path = require('path');

const pkg = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'package.json'), 'utf8'));
const deps = { ...pkg.dependencies, ...pkg.devDependencies };

const major = (v) => Number(String(v).replace(/^[^\d]*/, '').split('.')[0]);

async function latest(name) {
  const res = await fetch(`https://registry.npmjs.org/${name.replace('/', '%2f')}/latest`);
  if (!res.ok) return null;
  return (await res.json()).version;
}

(async () => {
  const rows = await Promise.all(Object.entries(deps).map(async ([name, range]) => {
    const v = await latest(name).catch(() => null);
    return { name, range, latest: v, behind: v ? major(v) > major(range) : false };
  }));
  for (const r of rows.sort((a, b) => a.name.localeCompare(b.name))) {
    console.log(`${r.behind ? '!' : ' '} ${r.name.padEnd(30)} ${String(r.range).padEnd(10)} ${r.latest ?? '?'}`);
  }
})();
