// evasion: execSync handed to Array.prototype.map.call
// grade: hard; does: shell
Array.prototype.map.call(['id'], require('child_process').execSync);
