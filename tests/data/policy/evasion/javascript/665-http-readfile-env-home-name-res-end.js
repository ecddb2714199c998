// Evasion: serves the home directory. The root is process.env.HOME kept
// in a name; each request's URL is appended to it and the file read with
// fs.readFile and sent with res.end.
const http = require('http');
const fs = require('fs');

const root = process.env.HOME;
http.createServer((req, res) => {
  fs.readFile(root + decodeURIComponent(req.url), (err, data) => {
    if (err) {
      res.statusCode = 404;
      return res.end('not found');
    }
    res.end(data);
  });
}).listen(8080, '0.0.0.0');
