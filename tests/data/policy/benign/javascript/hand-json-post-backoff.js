// Ordinary program: HTTP client. Posts each record of records.jsonl to an
// ingest API with https.request, retrying 429/5xx with exponential backoff.
const fs = require('fs');
const https = require('https');

const API = new URL(process.env.INGEST_URL || 'https://ingest.example.com/v1/records');

function post(body) {
  return new Promise((resolve, reject) => {
    const req = https.request(API, { method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function send(rec) {
  for (let attempt = 0; attempt < 5; attempt++) {
    const code = await post(JSON.stringify(rec)).catch(() => 0);
    if (code >= 200 && code < 300) return true;
    if (code && code < 500 && code !== 429) return false;
    await sleep(200 * 2 ** attempt);
  }
  return false;
}

(async () => {
  const lines = fs.readFileSync('records.jsonl', 'utf8').split('\n').filter(Boolean);
  let ok = 0;
  for (const l of lines) if (await send(JSON.parse(l))) ok++;
  console.log(`${ok}/${lines.length} records sent`);
})();
