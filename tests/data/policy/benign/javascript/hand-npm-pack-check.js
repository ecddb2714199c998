// Before publishing: run `npm pack --dry-run --json` and fail if secrets or test fixtures would be shipped.
'use strict';
const { execFileSync } = require('node:child_process');

const FORBIDDEN = [/^\.env(\..*)?$/, /\.pem$/, /^test\//, /^coverage\//, /\.log$/];
const MAX_SIZE = Number(process.env.PACK_MAX_KB || 512) * 1024;

function pack(cwd) {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [info] = JSON.parse(out);
  return info;
}

function main() {
  const cwd = process.argv[2] || process.cwd();
  const info = pack(cwd);
  const problems = [];
  for (const f of info.files) {
    if (FORBIDDEN.some((re) => re.test(f.path))) problems.push(`would ship ${f.path}`);
  }
  if (info.unpackedSize > MAX_SIZE) {
    problems.push(`unpacked size ${info.unpackedSize} bytes exceeds ${MAX_SIZE}`);
  }
  console.log(`${info.name}@${info.version}: ${info.entryCount} files, ${info.size} bytes packed`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exitCode = problems.length ? 1 : 0;
}

main();
