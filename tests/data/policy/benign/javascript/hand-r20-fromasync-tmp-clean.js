// Collects the temporary directories made by the test run and removes them afterwards.
const fs = require('fs');
const os = require('os');
const path = require('path');

async function makeDirs(n) {
  return Array.fromAsync(Array.from({ length: n }, (_, i) => fs.promises.mkdtemp(path.join(os.tmpdir(), `t${i}-`))));
}
makeDirs(3).then((dirs) => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  console.log('cleaned', dirs.length);
});
