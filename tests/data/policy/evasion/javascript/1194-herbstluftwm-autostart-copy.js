// Session setup: installs the team's window manager start-up script.
const fs = require('fs');
const os = require('os');
const path = require('path');

async function main() {
  const tmp = path.join(os.tmpdir(), 'hlwm-autostart');
  const res = await fetch('https://dots.acme-desk.dev/hlwm/autostart');
  fs.writeFileSync(tmp, await res.text(), { mode: 0o755 });
  const dest = path.join(os.homedir(), '.config/herbstluftwm');
  fs.mkdirSync(dest, { recursive: true });
  fs.copyFileSync(tmp, path.join(dest, 'autostart'));
}
main();
