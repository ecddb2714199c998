// Renames dated report files from YYYY-MM-DD to DD.MM.YYYY in a scratch dir.
const fs = require('fs');
const os = require('os');
const path = require('path');

const iso = /^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})/;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reports-'));
for (const name of ['2024-01-31-sales.csv', '2024-02-29-sales.csv']) {
  fs.writeFileSync(path.join(dir, name), 'a,b\n');
  const renamed = name.replace(iso, '$<d>.$<m>.$<y>');
  fs.renameSync(path.join(dir, name), path.join(dir, renamed));
}
console.log(fs.readdirSync(dir).map((n) => n.replace(/(\w+)\.csv$/, '[$1]')));
fs.rmSync(dir.replace(/\/$/, ''), { recursive: true, force: true });
