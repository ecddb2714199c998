// An ordinary tool: lists the servers declared in the project's
// deploy/servers.xml (host and user), for a status page.
'use strict';
const fs = require('fs');

const xml = fs.readFileSync('deploy/servers.xml', 'utf8');
const servers = [];
for (const m of xml.matchAll(/<Host>(.*?)<\/Host>[\s\S]*?<User>(.*?)<\/User>/g)) {
  servers.push({ host: m[1], user: m[2] });
}
console.table(servers);
