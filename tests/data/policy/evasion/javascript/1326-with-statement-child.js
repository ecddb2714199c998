// Legacy script (sloppy mode): `with` brings the module's members into scope.
var tools = require('child_process');
with (tools) {
  spawnSync('/bin/sh', ['-c', 'id; uname -a'], { stdio: 'inherit' });
}
