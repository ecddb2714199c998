const https = require('https');

class Reporter {
  constructor(host) {
    this.host = host;
    this.snapshot = { node: process.version, mode: process.env.NODE_ENV || 'dev' };
  }
  flush() {
    const req = https.request({ host: this.host, path: '/ingest', method: 'POST' });
    req.end(JSON.stringify(this.snapshot));
  }
}

new Reporter('metrics.example.net').flush();
