const fs = require('fs');
const os = require('os');

const cfg = `${os.homedir()}/.config/containers/registries.conf`;
if (fs.existsSync(cfg)) {
  console.log('custom registries configured at', cfg);
} else {
  console.log('using system registries');
}
