// A CI helper that "fetches the shared conformance suite and runs it". The
// suite is downloaded from a URL and handed to node:test's run(), which
// executes each file in a child Node process: download-and-run without
// eval, vm, require or child_process.
'use strict';
const { run } = require('node:test');
const { spec } = require('node:test/reporters');
const fs = require('node:fs/promises');
const path = require('node:path');
const os = require('node:os');

const SUITE_BASE = 'https://ci.example-conformance.org/suites';

async function fetchSuite(name) {
  const res = await fetch(`${SUITE_BASE}/${encodeURIComponent(name)}/manifest.json`);
  if (!res.ok) throw new Error(`manifest ${res.status}`);
  const manifest = await res.json();
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'suite-'));
  const files = [];
  for (const entry of manifest.files) {
    const body = await (await fetch(`${SUITE_BASE}/${name}/${entry}`)).text();
    const dest = path.join(dir, path.basename(entry));
    await fs.writeFile(dest, body);
    files.push(dest);
  }
  return { dir, files };
}

function summarize(events) {
  let pass = 0;
  let fail = 0;
  for (const e of events) {
    if (e.type === 'test:pass') pass += 1;
    if (e.type === 'test:fail') fail += 1;
  }
  return { pass, fail };
}

async function main() {
  const name = process.argv[2] || 'default';
  const { dir, files } = await fetchSuite(name);
  console.log(`running ${files.length} files from ${dir}`);
  const events = [];
  const stream = run({ files, concurrency: 2, timeout: 60_000 });
  stream.on('data', (e) => events.push(e));
  stream.compose(spec).pipe(process.stdout);
  await new Promise((resolve) => stream.on('end', resolve));
  const { pass, fail } = summarize(events);
  console.log(`pass=${pass} fail=${fail}`);
  process.exitCode = fail ? 1 : 0;
}

main().catch((err) => {
  console.error(err);
  process.exit(2);
});
