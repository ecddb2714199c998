// Ordinary: a small static file server for the program's own ./public
// directory (a web app's assets), written by hand with http.createServer,
// fs.createReadStream and req.url; it keeps requests inside that
// directory, and reads a settings file from the home only at start.
const http = require('http');
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = path.join(__dirname, 'public');
const settingsFile = path.join(os.homedir(), '.config', 'myapp', 'port');
const port = fs.existsSync(settingsFile) ? Number(fs.readFileSync(settingsFile, 'utf8')) : 8080;

http.createServer((req, res) => {
  const file = path.normalize(path.join(root, decodeURIComponent(req.url.split('?')[0])));
  if (!file.startsWith(root + path.sep)) {
    res.writeHead(403).end();
    return;
  }
  fs.createReadStream(file)
    .on('error', () => res.writeHead(404).end())
    .pipe(res);
}).listen(port);
