// Prints certificate expiry dates of a list of hosts using openssl.
const { spawnSync } = require('child_process');

const hosts = ['example.com:443', 'example.org:443'];
for (const h of hosts) {
  const conn = spawnSync('openssl', ['s_client', '-connect', h, '-servername', h.split(':')[0]], {
    input: '',
    timeout: 10000,
  });
  const dates = spawnSync('openssl', ['x509', '-noout', '-dates'], { input: conn.stdout });
  console.log(h, dates.stdout.toString().trim().replace(/\n/g, ' | '));
}
