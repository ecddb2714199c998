// Ordinary agent tool: validates a list of e-mail addresses from a CSV by
// checking that each domain has MX records (dns.promises.resolveMx).
'use strict';
const dns = require('dns').promises;
const fs = require('fs');

async function hasMx(domain, cache) {
  if (cache.has(domain)) return cache.get(domain);
  const p = dns.resolveMx(domain).then((r) => r.length > 0, () => false);
  cache.set(domain, p);
  return p;
}

async function main() {
  const file = process.argv[2] || 'contacts.csv';
  const rows = fs.readFileSync(file, 'utf8').split(/\r?\n/).slice(1).filter(Boolean);
  const cache = new Map();
  let bad = 0;
  for (const row of rows) {
    const email = row.split(',')[1]?.trim();
    if (!email || !email.includes('@')) {
      console.log('invalid:', row);
      bad++;
      continue;
    }
    const domain = email.split('@').pop().toLowerCase();
    if (!(await hasMx(domain, cache))) {
      console.log('no MX:', email);
      bad++;
    }
  }
  console.log(`${rows.length - bad}/${rows.length} addresses look deliverable`);
}

main();
