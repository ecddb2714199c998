// Shows whether the user's gdb setup enables pretty printing.
const fs = require('fs');
const os = require('os');
const path = require('path');

const init = path.join(os.homedir(), '.gdbinit');
const text = fs.existsSync(init) ? fs.readFileSync(init, 'utf8') : '';
console.log(/set print pretty on/.test(text) ? 'pretty on' : 'pretty off');
