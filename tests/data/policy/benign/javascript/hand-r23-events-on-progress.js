// Progress reporter: prints build steps as the builder emits them.
const { EventEmitter, on } = require('events');

const builder = new EventEmitter();
(async () => {
  for await (const [step] of on(builder, 'step')) {
    console.log('step', step.name, step.ms + 'ms');
    if (step.last) break;
  }
})();
setImmediate(() => builder.emit('step', { name: 'compile', ms: 120, last: true }));
