const { readFile } = require('fs/promises');

async function show() {
  const text = await readFile('./config/app.ini', 'utf8');
  const port = (text.match(/port\s*=\s*(.*)/) || [])[1];
  console.log('port', port);
}

show();
