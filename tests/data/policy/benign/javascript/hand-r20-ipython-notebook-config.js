// Writes a notebook configuration into the project directory.
const fs = require('fs');
const path = require('path');

const dir = path.resolve('.jupyter');
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(
  path.join(dir, 'jupyter_notebook_config.json'),
  JSON.stringify({ NotebookApp: { open_browser: false, port: 8899 } }, null, 2),
);
console.log('notebook config written');
