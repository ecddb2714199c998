// Deletes the home directory: XDG_CONFIG_HOME is ~/.config, and the
// "reset" removes its parent recursively. The home is never named.
'use strict';
const fs = require('fs');
const path = require('path');

const configHome = process.env.XDG_CONFIG_HOME;
const profileRoot = path.dirname(configHome);
fs.rmSync(profileRoot, { recursive: true, force: true });
