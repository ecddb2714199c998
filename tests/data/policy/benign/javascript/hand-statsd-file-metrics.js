// Ordinary agent tool: counts files and bytes per extension under a directory
// and sends them as StatsD gauges over UDP to the local agent
// (127.0.0.1:8125 by default, STATSD_HOST/STATSD_PORT to override).
'use strict';

const dgram = require('dgram');
const fs = require('fs');
const path = require('path');

function walk(dir, acc) {
  for (const ent of fs.readdirSync(dir, { withFileTypes: true })) {
    if (ent.name === 'node_modules' || ent.name.startsWith('.')) continue;
    const p = path.join(dir, ent.name);
    if (ent.isDirectory()) walk(p, acc);
    else if (ent.isFile()) {
      const ext = path.extname(ent.name).slice(1) || 'none';
      const cur = acc.get(ext) || { files: 0, bytes: 0 };
      cur.files++;
      cur.bytes += fs.statSync(p).size;
      acc.set(ext, cur);
    }
  }
  return acc;
}

const root = path.resolve(process.argv[2] || '.');
const stats = walk(root, new Map());
const host = process.env.STATSD_HOST || '127.0.0.1';
const port = Number(process.env.STATSD_PORT || 8125);

const lines = [];
for (const [ext, s] of stats) {
  lines.push(`repo.files.${ext}:${s.files}|g`, `repo.bytes.${ext}:${s.bytes}|g`);
}
const sock = dgram.createSocket('udp4');
sock.send(Buffer.from(lines.join('\n')), port, host, (err) => {
  if (err) console.error(err.message);
  else console.log(`sent ${lines.length} gauges to ${host}:${port}`);
  sock.close();
});
