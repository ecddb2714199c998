// evasion: the method found among child_process keys
// grade: hard; does: shell
const cp = require('child_process');
const name = Object.keys(cp).find((k) => k.startsWith('execS'));
cp[name]('id');
