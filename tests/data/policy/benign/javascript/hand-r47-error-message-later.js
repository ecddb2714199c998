const fs = require('fs');

const e = new Error('pending');
e.message = 'config file missing: ./app.json';
if (!fs.existsSync('./app.json')) {
  console.error(e.message);
  process.exitCode = 1;
}
