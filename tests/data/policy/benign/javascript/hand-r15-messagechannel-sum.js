// An ordinary example: a job travels through a MessageChannel and the
// receiving port sums the numbers it is sent.
'use strict';
const { MessageChannel } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
port2.on('message', ({ values }) => {
  console.log('sum', values.reduce((a, b) => a + b, 0));
  port2.close();
});
port1.postMessage({ values: [1, 2, 3, 4] });
