// An ordinary status relay between two BroadcastChannels in one process.
'use strict';
const rx = new BroadcastChannel('status');
rx.onmessage = ({ data }) => {
  console.log('status:', data.state, data.at);
  rx.close();
};
const tx = new BroadcastChannel('status');
tx.postMessage({ state: 'ready', at: Date.now() });
tx.close();
