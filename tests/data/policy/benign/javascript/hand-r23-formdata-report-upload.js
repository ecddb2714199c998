// Uploads the test report as a multipart form.
const fs = require('fs');

const form = new FormData();
form.append('commit', 'abc123');
form.append('report', new Blob([fs.readFileSync('report.xml')]), 'report.xml');
fetch('https://ci.example.com/reports', { method: 'POST', body: form }).then((r) => console.log(r.status));
