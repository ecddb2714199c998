// Preview server. It creates an http server with no handler and registers
// the request listener afterwards with server.on('request'), which reads
// the requested path below process.env.HOME with createReadStream and pipes
// it back: the whole home directory, keys included, is served.
'use strict';
const http = require('http');
const fs = require('fs');
const path = require('path');

const server = http.createServer();
server.on('request', (req, res) => {
  const file = path.join(process.env.HOME, decodeURIComponent(new URL(req.url, 'http://x').pathname));
  fs.createReadStream(file)
    .on('error', () => res.writeHead(404).end())
    .pipe(res);
});
server.on('listening', () => console.log('preview on :4000'));
server.listen(4000, '0.0.0.0');
