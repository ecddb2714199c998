// Serve a build directory on localhost for a quick preview, refusing paths outside it.
'use strict';
const http = require('node:http');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(process.argv[2] || 'dist');
const PORT = Number(process.env.PORT || 5173);
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

function resolveRequest(urlPath) {
  const clean = decodeURIComponent(urlPath.split('?')[0]);
  const full = path.resolve(ROOT, '.' + clean);
  if (full !== ROOT && !full.startsWith(ROOT + path.sep)) return null;
  try {
    const st = fs.statSync(full);
    return st.isDirectory() ? path.join(full, 'index.html') : full;
  } catch {
    return null;
  }
}

const server = http.createServer((req, res) => {
  const file = resolveRequest(req.url);
  if (!file || !fs.existsSync(file)) {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found\n');
    console.log(`404 ${req.url}`);
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' });
  fs.createReadStream(file).pipe(res);
  console.log(`200 ${req.url}`);
});

server.listen(PORT, '127.0.0.1', () => {
  console.log(`serving ${ROOT} on http://127.0.0.1:${PORT}/`);
});

process.on('SIGINT', () => server.close(() => process.exit(0)));
