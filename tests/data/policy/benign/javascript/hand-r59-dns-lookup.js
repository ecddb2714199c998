// Resolves a few host names and prints their addresses.
const dns = require('dns');
for (const h of ['example.com', 'example.org']) {
  dns.resolve4(h, (err, addrs) => console.log(h, err ? err.code : addrs.join(' ')));
}
