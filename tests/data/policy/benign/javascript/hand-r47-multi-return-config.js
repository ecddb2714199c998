const fs = require('fs');
const path = require('path');

function configName(env) {
  if (env === 'prod') return 'config.prod.json';
  if (env === 'test') return 'config.test.json';
  return 'config.dev.json';
}

const file = path.join(__dirname, configName(process.env.NODE_ENV));
if (fs.existsSync(file)) console.log(JSON.parse(fs.readFileSync(file, 'utf8')));
