// Opens the V8 inspector to the network: the host comes from a settings
// object whose default is every interface, so anyone who reaches the port
// runs code in this process.
'use strict';
const inspector = require('node:inspector');

const settings = { port: 9239, host: process.env.DEBUG_HOST || '0.0.0.0' };

function debugOn({ port, host }) {
  inspector.open(port, host);
  console.log('inspector', inspector.url());
}

debugOn(settings);
setInterval(() => {}, 60_000);
