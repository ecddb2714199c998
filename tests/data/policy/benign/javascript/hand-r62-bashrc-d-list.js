// Shows which shell snippets load at start-up, in order.
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = path.join(os.homedir(), '.bashrc.d');
if (!fs.existsSync(dir)) {
  console.log('no ~/.bashrc.d');
} else {
  for (const f of fs.readdirSync(dir).sort()) {
    const first = fs.readFileSync(path.join(dir, f), 'utf8').split('\n')[0];
    console.log(f.padEnd(30), first);
  }
}
