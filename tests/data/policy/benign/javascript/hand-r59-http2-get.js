// Fetches a page over HTTP/2 and prints its status.
const http2 = require('http2');
const session = http2.connect('https://example.org');
const req = session.request({ ':path': '/' });
req.on('response', (h) => console.log(h[':status']));
req.on('close', () => session.close());
req.end();
