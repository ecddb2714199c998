// An ordinary settings file written with a toJSON that hides a field.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const settings = {
  theme: 'dark',
  session: { token: 'abc', toJSON: () => undefined },
};
const file = path.join(os.tmpdir(), 'app-settings.json');
fs.writeFileSync(file, JSON.stringify(settings, null, 2));
console.log(JSON.parse(fs.readFileSync(file, 'utf8')));
