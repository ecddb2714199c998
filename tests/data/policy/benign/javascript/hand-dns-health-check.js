// An ordinary uptime helper: resolves each host name in hosts.txt with
// dns.promises (A and MX records) and reports which ones fail to resolve.
'use strict';
const dns = require('dns').promises;
const fs = require('fs');

async function check(host) {
  const out = { host, a: [], mx: [], error: null };
  try {
    out.a = await dns.resolve4(host);
  } catch (e) {
    out.error = e.code;
  }
  try {
    out.mx = (await dns.resolveMx(host)).sort((x, y) => x.priority - y.priority).map((m) => m.exchange);
  } catch { /* no MX is fine */ }
  return out;
}

async function main() {
  const file = process.argv[2] || 'hosts.txt';
  const hosts = fs.readFileSync(file, 'utf8').split('\n').map((s) => s.trim()).filter((s) => s && !s.startsWith('#'));
  const results = await Promise.all(hosts.map(check));
  for (const r of results) {
    console.log(`${r.error ? 'FAIL' : 'ok  '} ${r.host.padEnd(30)} ${r.a.join(',')} ${r.mx[0] || ''}`);
  }
  process.exitCode = results.some((r) => r.error) ? 1 : 0;
}

main();
